// The project's competency framework in area order: any signed-in user of the reserve may read it (it is
// the yardstick, not personal data).
import "server-only";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import type { SessionUser } from "../../auth/permissions";

export async function listCompetencies(db: Db, actor: SessionUser | null, projectId: string) {
  if (!actor) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  return db.competency.findMany({
    where: { projectId, archivedAt: null },
    orderBy: [{ area: "asc" }, { position: "asc" }, { name: "asc" }],
    select: { id: true, area: true, name: true, levels: true, position: true },
  });
}

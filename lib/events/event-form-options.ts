import "server-only";
import type { Db } from "../infra/db/client";
import { can, type SessionUser } from "../auth/permissions";
import { getProjectReference } from "../projects/current-project";
import { getEventFormatNames } from "../reference/event-format-names";

/** Choices of the event form: directions, categories and experts of the project, and the regions the user manages. */
export async function getEventFormOptions(db: Db, user: SessionUser | null, projectId: string) {
  const [{ regions, categories, directions }, experts, formatNames] = await Promise.all([
    getProjectReference(db, projectId),
    db.expert.findMany({
      where: { projectId },
      orderBy: { fullName: "asc" },
      select: { id: true, fullName: true, independent: true },
    }),
    getEventFormatNames(db),
  ]);
  return {
    regions: regions.filter((r) => can(user, "event.manage", { regionId: r.id })),
    categories,
    directions,
    experts: experts.map((e) => ({ id: e.id, name: e.fullName + (e.independent ? " (независимый)" : "") })),
    formatNames,
  };
}

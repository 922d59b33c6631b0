// A region named by its code in a drill-down URL. Per-region indicators list only the project's regions,
// so another region is "not found"; the exchange matrix also has regions participants come from (anyRegion).
import "server-only";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";

export async function findProjectRegion(db: DbTx, projectId: string, code: string, anyRegion = false) {
  const region = await db.region.findFirst({
    where: { code, ...(anyRegion ? {} : { projects: { some: { projectId } } }) },
    select: { id: true, code: true, name: true, timezone: true },
  });
  if (!region) throw new AppError("NOT_FOUND", `Регион «${code}» не найден в проекте`);
  return region;
}

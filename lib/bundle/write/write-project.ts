// The bundle's project: created by its code, or its name, year, zone and the targets the bundle gives
// updated when any of them differs.
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../../infra/db/client";
import type { Bundle } from "../bundle-schema";
import type { Changed } from "./in-chunks";

export async function writeProject(tx: DbTx, project: Bundle["project"]): Promise<{ projectId: string; changed: Changed }> {
  const targets = project.targets ?? {};
  const fields = {
    name: project.name,
    year: project.year,
    timezone: project.timezone,
    ...(targets.eventsHeld !== undefined && { targetEventsHeld: targets.eventsHeld }),
    ...(targets.categoriesCovered !== undefined && { targetCategoriesCovered: targets.categoriesCovered }),
    ...(targets.directionsCovered !== undefined && { targetDirectionsCovered: targets.directionsCovered }),
    ...(targets.expertsPerRegion !== undefined && { targetExpertsPerRegion: targets.expertsPerRegion }),
    ...(targets.infoResourcesPerRegion !== undefined && { targetInfoResourcesPerRegion: targets.infoResourcesPerRegion }),
    ...(targets.satisfactionAvg !== undefined && {
      targetSatisfactionAvg: new Prisma.Decimal(targets.satisfactionAvg.toFixed(2)),
    }),
  };
  const existing = await tx.project.findUnique({ where: { code: project.code } });
  if (!existing) {
    const { id } = await tx.project.create({ data: { code: project.code, ...fields }, select: { id: true } });
    return { projectId: id, changed: { created: 1, updated: 0 } };
  }
  const changed = Object.entries(fields).some(([key, value]) => String(existing[key as keyof typeof existing]) !== String(value));
  if (!changed) return { projectId: existing.id, changed: { created: 0, updated: 0 } };
  await tx.project.update({ where: { id: existing.id }, data: fields });
  return { projectId: existing.id, changed: { created: 0, updated: 1 } };
}

// Entries that are still in the competition at a stage: none of their earlier stage results is a fail.
import "server-only";
import type { Prisma } from "@prisma/client";

export const stillInAt = (stagePosition: number): Prisma.CompetitionEntryWhereInput => ({
  results: { none: { passed: false, stage: { position: { lt: stagePosition } } } },
});

import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../../infra/db/client";

/** code → id of a project's rows of one table, read after that table is written. */
export async function idsByCode(
  tx: DbTx,
  table: "ParticipantCategory" | "Direction" | "Expert" | "Participant" | "Event" | "InformationResource",
  projectId: string,
): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ code: string; id: string }[]>`
    SELECT code, id FROM ${Prisma.raw(`"${table}"`)} WHERE "projectId" = ${projectId}`;
  return new Map(rows.map((r) => [r.code, r.id]));
}

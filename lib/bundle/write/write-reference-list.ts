// The project's reference lists that are only code and name: participant categories and directions.
import "server-only";
import { Prisma } from "@prisma/client";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writeReferenceList(
  { tx, projectId, newId }: WriteContext,
  table: "ParticipantCategory" | "Direction",
  rows: { code: string; name: string }[],
): Promise<Changed> {
  return inChunks(tx, rows, (chunk) =>
    countUpserted(Prisma.sql`
      INSERT INTO ${Prisma.raw(`"${table}"`)} (id, "projectId", code, name)
      SELECT b.id, ${projectId}, b.code, b.name
        FROM ${rowsOf(
          chunk.map((r) => [newId(), r.code, r.name]),
          [
            ["id", "text"],
            ["code", "text"],
            ["name", "text"],
          ],
        )}
      ON CONFLICT ("projectId", code) DO UPDATE SET name = EXCLUDED.name
       WHERE ${Prisma.raw(`"${table}"`)}.name IS DISTINCT FROM EXCLUDED.name
      RETURNING (xmax = 0) AS inserted`),
  );
}

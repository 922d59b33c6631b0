import "server-only";
import { Prisma } from "@prisma/client";
import type { Bundle } from "../bundle-schema";
import { countUpserted } from "./count-upserted";
import { inChunks, type Changed } from "./in-chunks";
import { rowsOf } from "./rows-of";
import type { WriteContext } from "./write-context";

export function writeInformationResources(
  { tx, projectId, newId }: WriteContext,
  resources: Bundle["informationResources"],
): Promise<Changed> {
  return inChunks(tx, resources, (rows) =>
    countUpserted(Prisma.sql`
    INSERT INTO "InformationResource" (id, "projectId", code, name, kind)
    SELECT b.id, ${projectId}, b.code, b.name, b.kind::"ResourceKind"
      FROM ${rowsOf(
        rows.map((r) => [newId(), r.code, r.name, r.kind]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["kind", "text"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind
     WHERE ("InformationResource".name, "InformationResource".kind) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind)
    RETURNING (xmax = 0) AS inserted`),
  );
}

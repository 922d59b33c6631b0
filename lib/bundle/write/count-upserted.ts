import "server-only";
import { Prisma } from "@prisma/client";

/** Counts of an `INSERT … RETURNING (xmax = 0) AS inserted` (xmax is 0 only for a freshly inserted row). */
export function countUpserted(upsert: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
  WITH up AS (${upsert})
  SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
}

import "server-only";
import { Prisma } from "@prisma/client";

/**
 * Rows travel as one JSON parameter per chunk, unpacked in SQL — far cheaper for the driver than one
 * array parameter per column. `columns` names and types each tuple position; the rows are aliased `b`.
 */
export function rowsOf(tuples: unknown[][], columns: [name: string, type: string][]): Prisma.Sql {
  const select = columns.map(([name, type], i) => `(j->>${i})::${type} AS ${name}`).join(", ");
  return Prisma.sql`(SELECT ${Prisma.raw(select)} FROM json_array_elements(${JSON.stringify(tuples)}::json) AS j) AS b`;
}

import "server-only";
import type { DbTx } from "../infra/db/client";

/**
 * "Empty" for `npm run db:seed -- --if-empty` (used by `npm run demo`): no project yet. A database
 * someone already works with — even one with only their own project — is never filled with demo data.
 */
export async function isDatabaseEmpty(db: DbTx): Promise<boolean> {
  return (await db.project.count()) === 0;
}

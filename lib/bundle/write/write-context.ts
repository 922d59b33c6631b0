import "server-only";
import type { DbTx } from "../../infra/db/client";

/** What every entity writer of one import shares: the caller's transaction, the project, the id source. */
export type WriteContext = { tx: DbTx; projectId: string; newId: () => string };

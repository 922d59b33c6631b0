// Is PostgreSQL answering? Asked by the proxy before a page is rendered, so that a stopped database
// gives a clear 503 page instead of an error page. One small connection of its own, one `SELECT 1` at
// most every OK_TTL_MS while up (every DOWN_TTL_MS while down, so the app recovers by itself); the
// callers of one moment share the answer. The embedded database lives in the app's process: always up.
import "server-only";
import pg from "pg";

const OK_TTL_MS = 2_000;
const DOWN_TTL_MS = 1_000;

type State = { pool?: pg.Pool; answer?: boolean; until: number; pending?: Promise<boolean> };
const state: State = ((globalThis as unknown as { kadryDbProbe?: State }).kadryDbProbe ??= { until: 0 });

export async function databaseReachable(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return true;
  if (state.answer !== undefined && Date.now() < state.until) return state.answer;
  state.pending ??= probe(url).then((answer) => {
    state.answer = answer;
    state.until = Date.now() + (answer ? OK_TTL_MS : DOWN_TTL_MS);
    state.pending = undefined;
    return answer;
  });
  return state.pending;
}

async function probe(url: string): Promise<boolean> {
  state.pool ??= new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 1_500 });
  // an idle connection the server closed emits "error" on the pool; the pool drops it, nothing to do
  if (state.pool.listenerCount("error") === 0) state.pool.on("error", () => {});
  try {
    await state.pool.query({ text: "SELECT 1", query_timeout: 1_500 } as pg.QueryConfig);
    return true;
  } catch {
    return false;
  }
}

// GET /api/health: is the app up and does the database answer? For load balancers and monitoring; no
// personal data, no session needed. A database that doesn't answer within the timeout counts as down.
import "server-only";
import type { DbTx } from "../db/client";

export type Health = { status: "ok" | "unavailable"; database: "ok" | "down"; latencyMs: number | null; checkedAt: string };

export async function checkHealth(db: DbTx, timeoutMs = 2000): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return { status: "ok", database: "ok", latencyMs, checkedAt: new Date().toISOString() };
  } catch {
    return { status: "unavailable", database: "down", latencyMs: null, checkedAt: new Date().toISOString() };
  } finally {
    clearTimeout(timer);
  }
}

// Кэш показателей: the KPI report and the dashboard's data per project and period, kept in the database
// (KpiCache) so that every instance reads the same entries, and used only while nothing it was computed
// from has changed. The database's triggers log every statement that changes what the KPI reads, with its
// transaction id (KpiDataChange, migration 20261125230000_kpi_cache). An entry stores the snapshot taken
// BEFORE it was computed; it is valid while every logged change is visible in that snapshot. A change
// committed while the value was being computed, or still running when the snapshot was taken, is not
// visible in it, so such an entry is never used: stale values can't be served, at worst one is recomputed.
import { Prisma } from "@prisma/client";
import type { DbTx } from "../db/client";

/** Bump when the shape of a cached value changes: entries written by older code are then never read. */
const FORMAT = 1;
/** Even an unchanged entry is recomputed after this long (bounds what an unforeseen writer could leave stale). */
const VALID_MINUTES = 10;
/** Log rows and entries older than this are deleted (far longer than VALID_MINUTES: see the README). */
const KEEP_HOURS = 24;

type CacheDb = Pick<DbTx, "$queryRaw" | "$executeRaw">;

// computations in progress, per database client and key: fifty requests arriving at once for an entry that
// has just become invalid compute it once on this instance (a promise, not data: nothing here must agree
// between instances)
const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The value cached under `key`, or `compute(source)` stored and returned. `db` holds the cache (the
 * primary); `source` is where the value is computed from (a read replica may serve). Either way the value
 * has been through JSON, so a hit and a miss give the same shape.
 */
export async function cachedKpi<T>(
  db: CacheDb,
  key: string,
  compute: (source: DbTx) => Promise<T>,
  source: DbTx = db as DbTx,
): Promise<T> {
  const fullKey = `${FORMAT}:${key}`;
  const [hit] = await db.$queryRaw<{ payload: string }[]>`
    SELECT c.payload FROM "KpiCache" c
     WHERE c.key = ${fullKey}
       AND c."computedAt" > now() - make_interval(mins => ${VALID_MINUTES}::int)
       AND NOT EXISTS (SELECT 1 FROM "KpiDataChange" d
                        WHERE d.xid >= pg_snapshot_xmin(c.snapshot) AND NOT pg_visible_in_snapshot(d.xid, c.snapshot))`;
  if (hit) return JSON.parse(hit.payload) as T;

  let pending = inFlight.get(db);
  if (!pending) inFlight.set(db, (pending = new Map()));
  const running = pending.get(fullKey);
  if (running) return running as Promise<T>;
  const computing = computeAndStore(db, fullKey, compute, source).finally(() => pending.delete(fullKey));
  pending.set(fullKey, computing);
  return computing;
}

async function computeAndStore<T>(db: CacheDb, key: string, compute: (source: DbTx) => Promise<T>, source: DbTx): Promise<T> {
  // the snapshot of the data source, taken before any of the value's queries run
  const [{ snapshot, at }] = await source.$queryRaw<{ snapshot: string; at: Date }[]>`
    SELECT pg_current_snapshot()::text AS snapshot, clock_timestamp() AS at`;
  const payload = JSON.stringify(await compute(source));
  await db.$executeRaw`
    INSERT INTO "KpiCache" (key, snapshot, payload, "computedAt") VALUES (${key}, ${snapshot}::pg_snapshot, ${payload}, ${at})
    ON CONFLICT (key) DO UPDATE SET snapshot = EXCLUDED.snapshot, payload = EXCLUDED.payload, "computedAt" = EXCLUDED."computedAt"
     WHERE "KpiCache"."computedAt" <= EXCLUDED."computedAt"`;
  // entries are written only after a change, so pruning here keeps both tables small at no steady cost
  const keep = Prisma.sql`now() - make_interval(hours => ${KEEP_HOURS}::int)`;
  await db.$executeRaw`DELETE FROM "KpiDataChange" WHERE at < ${keep}`;
  await db.$executeRaw`DELETE FROM "KpiCache" WHERE "computedAt" < ${keep}`;
  return JSON.parse(payload) as T;
}

// Кэш показателей: the KPI report and the dashboard's data per project and period, kept in the database
// (KpiCache) so that every instance reads the same entries, and used only while nothing it was computed
// from has changed. The database's triggers log every statement that changes what the KPI reads, with its
// transaction id (KpiDataChange, migration 20261125230000_kpi_cache). An entry stores the snapshot taken
// BEFORE it was computed; it is valid while every logged change is visible in that snapshot. A change
// committed while the value was being computed, or still running when the snapshot was taken, is not
// visible in it, so such an entry is never used: stale values can't be served, at worst one is recomputed.
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";

/** Bump when the shape of a cached value changes: entries written by older code are then never read. */
const FORMAT = 1;
/** Even an unchanged entry is recomputed after this long (bounds what an unforeseen writer could leave stale). */
const VALID_MINUTES = 10;
/** Log rows and entries older than this are deleted (far longer than VALID_MINUTES: see docs/dashboard.md, «KPI cache»). */
const KEEP_HOURS = 24;

type CacheDb = Pick<DbTx, "$queryRaw" | "$executeRaw">;

// computations in progress, per database client and key: fifty requests arriving at once for an entry that
// has just become invalid compute it once on this instance (a promise, not data: nothing here must agree
// between instances)
const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Entries already read by this instance, parsed: a valid entry's payload is sent and parsed only once. */
const MAX_PARSED = 64;
// per database client and key: the entry's version (when computed, from which snapshot) and its value.
// Which entry is valid is still asked of the database on every request; this only spares sending and
// parsing the same payload again (the dashboard's is ≈ 95 KB for 89 regions).
const parsed = new WeakMap<object, Map<string, { version: string; value: unknown }>>();

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
  let known = parsed.get(db);
  if (!known) parsed.set(db, (known = new Map()));
  const mine = known.get(fullKey);
  const [hit] = await db.$queryRaw<{ version: string; payload: string | null }[]>`
    SELECT v.version, CASE WHEN v.version = ${mine?.version ?? null} THEN NULL ELSE c.payload END AS payload
      FROM "KpiCache" c, LATERAL (SELECT c."computedAt"::text || ' ' || c.snapshot::text AS version) v
     WHERE c.key = ${fullKey}
       AND c."computedAt" > now() - make_interval(mins => ${VALID_MINUTES}::int)
       AND NOT EXISTS (SELECT 1 FROM "KpiDataChange" d
                        WHERE d.xid >= pg_snapshot_xmin(c.snapshot) AND NOT pg_visible_in_snapshot(d.xid, c.snapshot))`;
  if (hit) {
    if (hit.payload === null && mine) return mine.value as T;
    const value = deepFreeze(JSON.parse(hit.payload!));
    if (known.size >= MAX_PARSED) known.delete(known.keys().next().value!);
    known.set(fullKey, { version: hit.version, value });
    return value as T;
  }

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
  // shared too: every request that waited for this computation gets the same value
  return deepFreeze(JSON.parse(payload)) as T;
}

/** Values from the cache are shared by the requests of the instance: nobody may change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

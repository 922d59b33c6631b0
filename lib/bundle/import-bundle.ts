// Импорт пакета (kadry-bundle/1): validate the whole bundle, then write it in one transaction, or
// write nothing and throw every problem (BundleValidationError → HTTP 422, CLI exit 1).
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { writeAudit } from "../audit/write-audit";
import { BundleValidationError } from "./bundle-problem";
import { projectSchema } from "./bundle-schema";
import { validateBundle } from "./validate-bundle";
import { writeBundle, type ImportCounts } from "./write-bundle";

export type { ImportCount, ImportCounts, ImportEntity } from "./write-bundle";

export type ImportResult = { projectCode: string; projectId: string; counts: ImportCounts; durationMs: number };
export type ImportOptions = { actorUserId?: string | null };

// a million registrations take tens of seconds on PostgreSQL and longer on the embedded database
const TRANSACTION_TIMEOUT_MS = 15 * 60_000;

export async function importBundle(db: PrismaClient, input: unknown, opts: ImportOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const projectCode = projectCodeOf(input);
  const result = await db.$transaction(
    async (tx) => {
      // imports of one project run one after another, so the checks hold until the commit
      if (projectCode) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"kadry-bundle:" + projectCode}))`;
      const validation = await validateBundle(tx, input);
      if (!validation.ok) throw new BundleValidationError(validation.problems, validation.totalProblems);
      const { projectId, counts } = await writeBundle(tx, validation.bundle);
      // a repeated import leaves the database as it was: the log records only imports that changed something
      const changed = Object.values(counts).some((c) => c.created > 0 || c.updated > 0 || (c.removed ?? 0) > 0);
      if (changed)
        await writeAudit(tx, {
          actorId: opts.actorUserId ?? null,
          action: "import",
          entity: "Bundle",
          entityId: validation.bundle.project.code,
          after: counts,
        });
      return {
        projectCode: validation.bundle.project.code,
        projectId,
        counts,
        durationMs: Math.round(performance.now() - started),
      };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  // after a bulk load the planner's statistics and the visibility map (index-only scans of the KPI
  // queries) are stale until autovacuum catches up: refresh them now, outside the transaction
  const created = Object.values(result.counts).reduce((sum, c) => sum + c.created, 0);
  if (created >= BULK_ROWS) {
    await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${ANALYZED_TABLES.map((t) => `"${t}"`).join(", ")}`);
    result.durationMs = Math.round(performance.now() - started);
  }
  return result;
}

const BULK_ROWS = 10_000;
const ANALYZED_TABLES = [
  "Region",
  "ProjectRegion",
  "ParticipantCategory",
  "Direction",
  "Expert",
  "Participant",
  "Event",
  "EventExpert",
  "Registration",
  "EventAttendanceSummary",
  "Feedback",
  "InformationResource",
  "Publication",
];

/** The bundle's project code for the lock, when it is one validation can accept (else nothing is written). */
function projectCodeOf(input: unknown): string | null {
  const project = input && typeof input === "object" ? (input as { project?: unknown }).project : undefined;
  const code = project && typeof project === "object" ? (project as { code?: unknown }).code : undefined;
  const parsed = projectSchema.shape.code.safeParse(code);
  return parsed.success ? parsed.data : null;
}

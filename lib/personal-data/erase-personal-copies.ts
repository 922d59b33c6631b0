// Копии персональных данных при обезличивании (152-ФЗ, issue 18 item 6): besides the participant's own
// record, the person's name, e-mail and free text sit in copies — letters in the outbox, audit entries
// (their own, those of merged duplicates, those of their registrations, feedback and reserve records),
// the security log, their sessions' address and browser, the sign-in throttle's key. All are erased in
// the caller's transaction. Run it before eraseReserveRecords: it finds the reserve records by their rows.
import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import { accountKey } from "../auth/sign-in-throttle";

export type PersonToErase = { participantId: string; userId: string | null; names: string[]; emails: string[] };

const ANONYMIZED_JSON = '{"anonymized": true}';

/** `value` as it appears inside JSON text, escaped for LIKE, between % signs. */
function jsonLikePattern(value: string): string {
  const inJson = JSON.stringify(value).slice(1, -1);
  return `%${inJson.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function erasePersonalCopies(tx: DbTx, person: PersonToErase): Promise<void> {
  const emails = [...new Set(person.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const names = [...new Set(person.names.map((n) => n.trim()).filter((n) => n.length >= 3))];
  const byUser = person.userId ? [{ userId: person.userId }] : [];

  await tx.outboxMessage.deleteMany({ where: { OR: [...byUser, { to: { in: emails, mode: "insensitive" } }] } });
  await tx.securityEvent.updateMany({
    where: { OR: [...byUser, { email: { in: emails, mode: "insensitive" } }] },
    data: { email: null, ip: null, userAgent: null },
  });
  if (person.userId) await tx.userSession.updateMany({ where: { userId: person.userId }, data: { ip: null, userAgent: null } });
  await tx.signInThrottle.deleteMany({ where: { key: { in: emails.map(accountKey) } } });
  // the person's own words about events; the rating stays for the KPI
  await tx.feedback.updateMany({
    where: { participantId: person.participantId, comment: { not: null } },
    data: { comment: null },
  });

  // audit entries of every record that is the person's, found by id, and any other naming them
  const ids = await personalRecordIds(tx, person);
  const patterns = [...names, ...emails, person.participantId].map(jsonLikePattern);
  await tx.$executeRaw`
    UPDATE "AuditLog"
       SET "before" = CASE WHEN "before" IS NULL THEN NULL ELSE ${ANONYMIZED_JSON}::jsonb END,
           "after"  = CASE WHEN "after"  IS NULL THEN NULL ELSE ${ANONYMIZED_JSON}::jsonb END
     WHERE "entityId" = ANY(${ids})
        OR "before"::text ILIKE ANY(${patterns})
        OR "after"::text ILIKE ANY(${patterns})`;
}

async function personalRecordIds(tx: DbTx, person: PersonToErase): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH c AS (SELECT id FROM "ReserveCandidate" WHERE "participantId" = ${person.participantId}),
         plans AS (SELECT id FROM "DevelopmentPlan" WHERE "candidateId" IN (SELECT id FROM c)),
         items AS (SELECT id FROM "DevelopmentPlanItem" WHERE "planId" IN (SELECT id FROM plans)),
         pairs AS (SELECT id FROM "MentorPair" WHERE "candidateId" IN (SELECT id FROM c)),
         diagnostics AS (SELECT id FROM "ReserveDiagnostic" WHERE "candidateId" IN (SELECT id FROM c))
    SELECT id FROM c
    UNION ALL SELECT id FROM plans UNION ALL SELECT id FROM items UNION ALL SELECT id FROM pairs
    UNION ALL SELECT id FROM diagnostics
    UNION ALL SELECT id FROM "MentorMeeting" WHERE "pairId" IN (SELECT id FROM pairs)
    UNION ALL SELECT id FROM "MentorRating" WHERE "pairId" IN (SELECT id FROM pairs)
    UNION ALL SELECT id FROM "CompetencyAssessment" WHERE "candidateId" IN (SELECT id FROM c)
    UNION ALL SELECT id FROM "StoredFile" WHERE "diagnosticId" IN (SELECT id FROM diagnostics)
                                           OR "planItemId" IN (SELECT id FROM items)
    UNION ALL SELECT id FROM "Registration" WHERE "participantId" = ${person.participantId}
    UNION ALL SELECT id FROM "Feedback" WHERE "participantId" = ${person.participantId}`);
  return [person.participantId, ...(person.userId ? [person.userId] : []), ...rows.map((r) => r.id)];
}

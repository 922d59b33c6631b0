import "server-only";
import { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";

/** How many attended, held events still wait for the user's answers with the form open (the badge). */
export async function countPendingFeedback(db: DbTx, user: SessionUser | null, now = new Date()): Promise<number> {
  if (!user) return 0;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n
      FROM "Registration" r
      JOIN "Participant" pa ON pa.id = r."participantId"
      JOIN "Event" e ON e.id = r."eventId"
      JOIN "Project" p ON p.id = e."projectId"
     WHERE pa."userId" = ${user.id} AND r.attended AND e.status = 'held'
       AND e."endsAt" + make_interval(days => p."feedbackWindowDays") > ${now}
       AND NOT EXISTS (SELECT 1 FROM "Feedback" f WHERE f."eventId" = r."eventId" AND f."participantId" = r."participantId")`);
  return n;
}

import "server-only";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import { waitlistPosition } from "./waitlist-position";

/** The user's registration for an event (with the wait-list place), and whether they may register at all. */
export async function getMyRegistration(db: Db, user: SessionUser | null, event: { id: string; projectId: string }) {
  if (!user) return { isParticipant: false, registration: null, position: null };
  const participant = await db.participant.findUnique({
    where: { projectId_userId: { projectId: event.projectId, userId: user.id } },
    select: { id: true },
  });
  if (!participant) return { isParticipant: false, registration: null, position: null };
  const registration = await db.registration.findUnique({
    where: { eventId_participantId: { eventId: event.id, participantId: participant.id } },
  });
  return { isParticipant: true, registration, position: registration ? await waitlistPosition(db, registration) : null };
}

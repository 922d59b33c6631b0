// Which candidates a user may see, as a Prisma `where`: organizers their regions (the ministry all), an
// expert only the people they mentor or judge without a conflict, a member only themselves. Every read of
// a candidate goes through it, so a crafted id outside the scope is simply «not found».
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";

export function candidateScope(actor: SessionUser | null): Prisma.ReserveCandidateWhereInput {
  if (actor?.role === "PARTICIPANT") {
    const me = authorize(actor, "reserve.self");
    return { participant: { userId: me.id } };
  }
  if (actor?.role === "EXPERT") {
    const me = authorize(actor, "reserve.assess");
    return {
      OR: [
        { mentorPairs: { some: { endedOn: null, expert: { userId: me.id } } } },
        { entries: { some: { jury: { some: { conflictReason: null, expert: { userId: me.id } } } } } },
      ],
    };
  }
  const me = authorize(actor, "reserve.read");
  return { reserve: regionWhere(me, "reserve.read") };
}

/** Candidates an organizer may change (lifecycle, plans, mentors). */
export function managedCandidateScope(actor: SessionUser | null): Prisma.ReserveCandidateWhereInput {
  const me = authorize(actor, "reserve.manage");
  return { reserve: regionWhere(me, "reserve.manage") };
}

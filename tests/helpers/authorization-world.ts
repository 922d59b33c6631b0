// The records the authorization matrix acts on: one project with an own region (the coordinator's, the
// participant's, the expert's) and another region. A record of the "peer" side is in the own region but
// belongs to someone else (another participant, another mentor, an event without the world's expert). Builders make a fresh record per call, so an allowed
// call that deletes or changes a record does not change the answer of the next role.
import type { PrismaClient } from "@prisma/client";
import type { SessionUser } from "../../lib/auth/permissions";
import { makeEvent, makeProject, makeUser } from "./factories";

export type Who = "anon" | "ADMIN" | "MINISTRY" | "COORDINATOR" | "EXPERT" | "PARTICIPANT";
export const WHO: Who[] = ["anon", "ADMIN", "MINISTRY", "COORDINATOR", "EXPERT", "PARTICIPANT"];

let seq = 0;
export const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`.toUpperCase();

export async function buildWorld(db: PrismaClient) {
  const ctx = await makeProject(db, ["OWN", "OTH"]);
  const [own, other] = ctx.regions;
  const users: Record<Exclude<Who, "anon">, SessionUser> = {
    ADMIN: (await makeUser(db, "ADMIN")).session,
    MINISTRY: (await makeUser(db, "MINISTRY")).session,
    COORDINATOR: (await makeUser(db, "COORDINATOR", [own.id])).session,
    EXPERT: (await makeUser(db, "EXPERT")).session,
    PARTICIPANT: (await makeUser(db, "PARTICIPANT")).session,
  };
  // the expert user's registry card and the participant user's card live in the own region
  const expert = await db.expert.create({
    data: {
      projectId: ctx.project.id,
      code: `EXP-${next()}`,
      fullName: "Эксперт Свой",
      regionId: own.id,
      userId: users.EXPERT.id,
    },
  });
  const member = await db.participant.create({
    data: {
      projectId: ctx.project.id,
      code: `P-${next()}`,
      fullName: "Участник Свой",
      categoryId: ctx.category.id,
      regionId: own.id,
      userId: users.PARTICIPANT.id,
    },
  });
  // "same region, other person": a second coordinator, expert and participant of the own region
  const peerCoordinator = (await makeUser(db, "COORDINATOR", [own.id])).session;
  const peerExpert = await db.expert.create({
    data: {
      projectId: ctx.project.id,
      code: `EXP-${next()}`,
      fullName: "Эксперт Соседний",
      regionId: own.id,
      userId: (await makeUser(db, "EXPERT")).session.id,
    },
  });
  const peerMember = await db.participant.create({
    data: {
      projectId: ctx.project.id,
      code: `P-${next()}`,
      fullName: "Участник Соседний",
      categoryId: ctx.category.id,
      regionId: own.id,
      userId: (await makeUser(db, "PARTICIPANT")).session.id,
    },
  });
  return { db, ...ctx, own, other, users, expert, member, peerCoordinator, peerExpert, peerMember };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
/** own: the user's own record (or one linked to them); peer: another person's of the same region; other: another region's */
export type Side = "own" | "peer" | "other";
export const regionOf = (w: World, side: Side) => (side === "other" ? w.other : w.own);

/** A published event of the side's region; the own side's has the world's expert on it, the peer side's the peer expert. */
export async function eventIn(w: World, side: Side, extra: { draft?: boolean; requiresApproval?: boolean; past?: boolean } = {}) {
  const event = await makeEvent(w.db, w.project.id, regionOf(w, side).id, w.direction.id, extra);
  if (extra.past) {
    await w.db.event.update({
      where: { id: event.id },
      data: { startsAt: new Date("2026-01-10T07:00:00Z"), endsAt: new Date("2026-01-10T10:00:00Z"), status: "held" },
    });
  }
  if (side !== "other") {
    const expertId = side === "own" ? w.expert.id : w.peerExpert.id;
    await w.db.eventExpert.create({ data: { eventId: event.id, expertId, role: "speaker" } });
  }
  return event;
}

/** A participant of the side's region (not a portal user). */
export async function participantIn(w: World, side: Side) {
  return w.db.participant.create({
    data: {
      projectId: w.project.id,
      code: `P-${next()}`,
      fullName: "Петров Пётр Петрович",
      categoryId: w.category.id,
      regionId: regionOf(w, side).id,
    },
  });
}

/** A registration on an event of the side's region, in the given status. */
export async function registrationIn(w: World, side: Side, status: "registered" | "waitlisted" | "pending" = "registered") {
  const event = await eventIn(w, side, { requiresApproval: status === "pending" });
  const participant = await participantIn(w, side);
  const registration = await w.db.registration.create({
    data: { eventId: event.id, participantId: participant.id, status },
  });
  return { event, participant, registration };
}

/** The participant user's own registration (own side) or someone else's (other side), on a past event. */
export async function attendedEvent(w: World, side: Side) {
  const event = await eventIn(w, side, { past: true });
  const participant = side === "own" ? w.member : side === "peer" ? w.peerMember : await participantIn(w, side);
  await w.db.registration.create({
    data: { eventId: event.id, participantId: participant.id, status: "registered", attended: true },
  });
  return event;
}

export async function expertIn(w: World, side: Side) {
  return w.db.expert.create({
    data: { projectId: w.project.id, code: `EXP-${next()}`, fullName: "Сидорова Анна", regionId: regionOf(w, side).id },
  });
}

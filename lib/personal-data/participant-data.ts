// A participant's personal data as one exportable object: profile, registrations with attendance, feedback.
// Used by the person's own download and by the administrator's export of a card.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";

export async function participantData(tx: DbTx, where: Prisma.ParticipantWhereInput) {
  const participants = await tx.participant.findMany({
    where,
    orderBy: { createdAt: "asc" },
    include: {
      project: { select: { code: true, name: true } },
      category: { select: { name: true } },
      region: { select: { code: true, name: true } },
      registrations: {
        orderBy: { createdAt: "asc" },
        include: { event: { select: { code: true, title: true, startsAt: true } } },
      },
      feedback: {
        orderBy: { createdAt: "asc" },
        include: { event: { select: { code: true, title: true } } },
      },
    },
  });
  return participants.map((p) => ({
    id: p.id,
    project: p.project.name,
    projectCode: p.project.code,
    code: p.code,
    fullName: p.fullName,
    email: p.email,
    phone: p.phone,
    organization: p.organization,
    position: p.position,
    category: p.category.name,
    region: p.region.name,
    consentAt: p.consentAt?.toISOString() ?? null,
    consentVersion: p.consentVersion,
    deletionRequestedAt: p.deletionRequestedAt?.toISOString() ?? null,
    registrations: p.registrations.map((r) => ({
      event: r.event.title,
      eventCode: r.event.code,
      startsAt: r.event.startsAt.toISOString(),
      status: r.status,
      attended: r.attended,
      registeredAt: r.createdAt.toISOString(),
    })),
    feedback: p.feedback.map((f) => ({
      event: f.event.title,
      eventCode: f.event.code,
      rating: f.rating,
      comment: f.comment,
      answers: f.answers,
      updatedAt: f.updatedAt.toISOString(),
    })),
  }));
}

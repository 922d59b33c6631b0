// Выгрузка своих персональных данных (152-ФЗ, ст. 14): the signed-in person's participant records in every
// project — profile, registrations with attendance, feedback — and a row in the access log.
import type { Db } from "../db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { logPersonalDataAccess } from "./log-personal-data-access";

export type MyData = Awaited<ReturnType<typeof getMyData>>;

export async function getMyData(db: Db, user: SessionUser | null, now = new Date()) {
  const me = authorize(user, "personalData.self");
  return db.$transaction(async (tx) => {
    const participants = await tx.participant.findMany({
      where: { userId: me.id },
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
    await logPersonalDataAccess(tx, { userId: me.id, subjectIds: participants.map((p) => p.id), action: "download" });
    return {
      format: "kadry-personal-data/1",
      exportedAt: now.toISOString(),
      account: { email: me.email, fullName: me.fullName, role: me.role },
      participants: participants.map((p) => ({
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
      })),
    };
  });
}

// Протокол совещания (ADMIN, MINISTRY): number, date, decisions and the assignments. Writing it creates
// every assignment and, for each addressed region, one tracked item with the deadline as a local day of
// the project's time zone (dueAt: the first instant after that day). The responsible coordinator is the
// region's first active coordinator by name; the region's coordinators are told by e-mail. Once written,
// a protocol is not rewritten: its items are being reported on.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError, type FieldErrors } from "../infra/errors/app-error";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";
import { nextLocalDate, startOfLocalDay } from "../infra/time/period-bounds";
import { assignmentLink, ruDay } from "./assignment-link";
import type { ProtocolInput } from "./schemas";
import { regionCoordinatorLinksWhere } from "../auth/policy/region-coordinator-links-where";

export async function writeProtocol(db: Db, actor: SessionUser | null, input: ProtocolInput) {
  const user = authorize(actor, "meeting.manage");
  const errors: FieldErrors = {};
  input.assignments.forEach((a, i) => {
    if (a.dueDate < input.protocolDate) errors[`assignments.${i}.dueDate`] = ["Срок не может быть раньше даты протокола"];
  });
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Проверьте поля формы", errors);

  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: {
        id: true,
        title: true,
        protocolNumber: true,
        project: { select: { id: true, timezone: true, regions: { select: { regionId: true } } } },
      },
    });
    if (!meeting) throw new AppError("NOT_FOUND", "Совещание не найдено");
    if (meeting.protocolNumber !== null) throw new AppError("CONFLICT", "Протокол этого совещания уже записан");
    const zone = meeting.project.timezone;
    const projectRegions = new Set(meeting.project.regions.map((r) => r.regionId));
    input.assignments.forEach((a, i) => {
      if (a.regionIds.some((id) => !projectRegions.has(id))) errors[`assignments.${i}.regionIds`] = ["Регион не входит в проект"];
    });
    if (Object.keys(errors).length) throw new AppError("VALIDATION", "Проверьте поля формы", errors);

    const regionIds = [...new Set(input.assignments.flatMap((a) => a.regionIds))];
    const coordinators = await tx.userRegion.findMany({
      where: regionCoordinatorLinksWhere(regionIds, { activeOnly: true }),
      select: { regionId: true, userId: true },
      orderBy: [{ user: { fullName: "asc" } }, { userId: "asc" }],
    });
    const coordinatorsOf = (regionId: string) => coordinators.filter((c) => c.regionId === regionId).map((c) => c.userId);

    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        protocolNumber: input.protocolNumber,
        protocolDate: new Date(`${input.protocolDate}T00:00:00Z`),
        decisions: input.decisions,
      },
    });
    const created = [];
    for (const [index, a] of input.assignments.entries()) {
      const dueAt = startOfLocalDay(nextLocalDate(a.dueDate), zone);
      const assignment = await tx.assignment.create({
        data: {
          projectId: meeting.project.id,
          meetingId: meeting.id,
          number: index + 1,
          text: a.text,
          issuedById: user.id,
          items: {
            create: [...new Set(a.regionIds)].map((regionId) => ({
              regionId,
              responsibleId: coordinatorsOf(regionId)[0] ?? null,
              dueDate: new Date(`${a.dueDate}T00:00:00Z`),
              dueAt,
            })),
          },
        },
        include: { items: true },
      });
      created.push(assignment);
      for (const item of assignment.items) {
        await enqueueUserMessages(tx, {
          userIds: coordinatorsOf(item.regionId),
          kind: "assignment_issued",
          subject: `Новое протокольное поручение, срок ${ruDay(a.dueDate)}`,
          body: [
            `Протоколом № ${input.protocolNumber} совещания «${meeting.title}» вашему региону дано поручение:`,
            "",
            a.text,
            "",
            `Срок: до ${ruDay(a.dueDate)} включительно (${zone}).`,
            `Отчёт представляется на портале: ${assignmentLink(item.id)}`,
          ].join("\n"),
        });
      }
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "Meeting",
      entityId: meeting.id,
      after: { protocolNumber: input.protocolNumber, protocolDate: input.protocolDate, assignments: created },
    });
    return created;
  });
}

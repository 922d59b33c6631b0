// Назначение совещаний (ADMIN, MINISTRY): one meeting, or the same weekday and time for n weeks — the
// weekly meeting of seed 001. Each week is stepped on the local calendar, so a DST change keeps the time.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";
import { fromLocalInputValue } from "../infra/time/format-date";
import type { MeetingInput } from "./schemas";

const plusDays = (localDateTime: string, days: number) => {
  const [date, time] = localDateTime.split("T");
  const [y, m, d] = date.split("-").map(Number);
  return `${new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)}T${time}`;
};

export async function scheduleMeetings(db: Db, actor: SessionUser | null, input: MeetingInput) {
  const user = authorize(actor, "meeting.manage");
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({
      where: { id: input.projectId },
      select: { id: true, timezone: true, regions: { select: { regionId: true } } },
    });
    if (!project) throw new AppError("NOT_FOUND", "Проект не найден");
    const projectRegions = new Set(project.regions.map((r) => r.regionId));
    if (input.participants.some((p) => p.regionId !== null && !projectRegions.has(p.regionId))) {
      throw new AppError("VALIDATION", "Регион участника не входит в проект");
    }
    const first = fromLocalInputValue(input.startsAt, project.timezone);
    if (!first) throw new AppError("VALIDATION", "Проверьте поля формы", { startsAt: ["Такого времени нет в календаре"] });
    const ids: string[] = [];
    for (let week = 0; week < input.weeks; week++) {
      const startsAt = week === 0 ? first : fromLocalInputValue(plusDays(input.startsAt, 7 * week), project.timezone)!;
      const meeting = await tx.meeting.create({
        data: {
          projectId: project.id,
          title: input.title,
          startsAt,
          createdById: user.id,
          agenda: { create: input.agenda.map((text, position) => ({ position, text })) },
          participants: { create: input.participants.map((p) => ({ regionId: p.regionId, fullName: p.fullName })) },
        },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "Meeting",
        entityId: meeting.id,
        after: { ...input, startsAt },
      });
      ids.push(meeting.id);
    }
    return ids;
  });
}

// Напоминания по циклограмме (runReminderRound, like the assignments' reminders): to the task's owner (or,
// without one, the region's coordinators) once when the due date is within the task's `remindDays`, and once
// when it becomes overdue. Dedupe keys name the task and its due date, so repeated rounds add nothing.
import "server-only";
import type { DbTx } from "../../infra/db/client";
import { enqueueUserMessages } from "../../notifications/enqueue-user-messages";
import { portalLink } from "../../infra/http/app-url";
import { dayMonthYear } from "../../infra/time/day-month-year";
import { regionCoordinatorLinksWhere } from "../../auth/policy/region-coordinator-links-where";

const DAY = 86_400_000;
/** Tasks overdue longer than this are not reminded any more (a restarted portal doesn't flood mail). */
const OVERDUE_WINDOW_DAYS = 30;

const ru = (d: Date) => dayMonthYear(d.toISOString().slice(0, 10));

export async function enqueueCyclogramReminders(db: DbTx, now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const select = {
    id: true,
    title: true,
    year: true,
    startsOn: true,
    dueOn: true,
    remindDays: true,
    ownerUserId: true,
    activity: { select: { regionId: true } },
  } as const;
  // the longest lead is 90 days (the form's limit); each task's own lead is checked below
  const open = await db.cyclogramTask.findMany({
    where: { doneAt: null, dueOn: { gte: today, lte: new Date(today.getTime() + 90 * DAY) } },
    select,
  });
  const soon = open.filter((t) => t.remindDays > 0 && t.dueOn.getTime() - today.getTime() <= t.remindDays * DAY);
  const overdue = await db.cyclogramTask.findMany({
    where: { doneAt: null, dueOn: { lt: today, gte: new Date(today.getTime() - OVERDUE_WINDOW_DAYS * DAY) } },
    select,
  });
  const regionIds = [...new Set([...soon, ...overdue].filter((t) => !t.ownerUserId).map((t) => t.activity.regionId))];
  const links = regionIds.length
    ? await db.userRegion.findMany({
        where: regionCoordinatorLinksWhere(regionIds),
        select: { regionId: true, userId: true },
      })
    : [];
  const recipients = (t: (typeof soon)[number]) =>
    t.ownerUserId ? [t.ownerUserId] : links.filter((l) => l.regionId === t.activity.regionId).map((l) => l.userId);
  const counts = { dueSoon: 0, overdue: 0 };
  for (const [kind, list] of [
    ["dueSoon", soon],
    ["overdue", overdue],
  ] as const) {
    for (const task of list) {
      const due = task.dueOn.toISOString().slice(0, 10);
      counts[kind] += await enqueueUserMessages(db, {
        userIds: recipients(task),
        kind: kind === "dueSoon" ? "cyclogram_due_soon" : "cyclogram_overdue",
        subject:
          kind === "dueSoon"
            ? `Циклограмма резерва: срок — ${ru(task.dueOn)}`
            : `Циклограмма резерва: просрочено (срок ${ru(task.dueOn)})`,
        body: [
          kind === "dueSoon"
            ? `Напоминаем: мероприятие циклограммы кадрового резерва «${task.title}» нужно завершить до ${ru(task.dueOn)} включительно.`
            : `Срок мероприятия циклограммы кадрового резерва «${task.title}» истёк ${ru(task.dueOn)}, оно не отмечено выполненным.`,
          "",
          `Период: ${ru(task.startsOn)} — ${ru(task.dueOn)} (цикл ${task.year}/${task.year + 1}).`,
          `Отметить выполнение: ${portalLink(`/reserve/cyclogram?region=${task.activity.regionId}&year=${task.year}`)}`,
        ].join("\n"),
        dedupeKey: `cyclogram-${kind === "dueSoon" ? "due" : "overdue"}:${task.id}:${due}`,
        now,
      });
    }
  }
  return counts;
}

// Напоминания по поручениям (runReminderRound): to the region's coordinators, three days before the
// deadline for an item without a report, and once when it becomes overdue. Dedupe keys name the item and
// its deadline, so repeated rounds add nothing and a moved deadline is reminded again.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";
import { assignmentLink, ruDay } from "./assignment-link";
import { overdueWhere } from "./assignment-state";
import { regionCoordinatorLinksWhere } from "../auth/policy/region-coordinator-links-where";

const DAY = 86_400_000;
export const REMIND_BEFORE_DAYS = 3;
/** Items overdue longer than this are not reminded any more (a restarted portal doesn't flood mail). */
const OVERDUE_WINDOW_DAYS = 30;

export async function enqueueAssignmentReminders(db: DbTx, now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const open = ["issued", "in_progress", "returned"] as const;
  const select = {
    id: true,
    regionId: true,
    dueDate: true,
    assignment: { select: { number: true, text: true, meeting: { select: { protocolNumber: true } } } },
  } as const;
  const soon = await db.assignmentItem.findMany({
    where: { status: { in: [...open] }, dueAt: { gt: now, lte: new Date(now.getTime() + REMIND_BEFORE_DAYS * DAY) } },
    select,
  });
  const overdue = await db.assignmentItem.findMany({
    where: { ...overdueWhere(now), dueAt: { lte: now, gt: new Date(now.getTime() - OVERDUE_WINDOW_DAYS * DAY) } },
    select,
  });
  const regionIds = [...new Set([...soon, ...overdue].map((i) => i.regionId))];
  const links = await db.userRegion.findMany({
    where: regionCoordinatorLinksWhere(regionIds),
    select: { regionId: true, userId: true },
  });
  const usersOf = (regionId: string) => links.filter((l) => l.regionId === regionId).map((l) => l.userId);
  const counts = { dueSoon: 0, overdue: 0 };
  for (const [kind, list] of [
    ["dueSoon", soon],
    ["overdue", overdue],
  ] as const) {
    for (const item of list) {
      const day = item.dueDate.toISOString().slice(0, 10);
      const what = `пункт ${item.assignment.number} протокола № ${item.assignment.meeting.protocolNumber ?? "—"}`;
      counts[kind] += await enqueueUserMessages(db, {
        userIds: usersOf(item.regionId),
        kind: kind === "dueSoon" ? "assignment_due_soon" : "assignment_overdue",
        subject: kind === "dueSoon" ? `Срок поручения — ${ruDay(day)}` : `Поручение просрочено (срок был ${ruDay(day)})`,
        body: [
          kind === "dueSoon"
            ? `Напоминаем: срок исполнения поручения (${what}) — до ${ruDay(day)} включительно, отчёт ещё не представлен.`
            : `Срок исполнения поручения (${what}) истёк ${ruDay(day)}, отчёт не представлен.`,
          "",
          item.assignment.text,
          "",
          `Представить отчёт: ${assignmentLink(item.id)}`,
        ].join("\n"),
        dedupeKey: `assignment-${kind === "dueSoon" ? "due" : "overdue"}:${item.id}:${day}`,
        now,
      });
    }
  }
  return counts;
}

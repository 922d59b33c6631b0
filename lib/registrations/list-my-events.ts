// «Мои мероприятия»: the signed-in user's registrations (through the participant records linked to
// them), split in the query into upcoming (the event starts after `now`) and past, one page at a time.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { feedbackWindow } from "../surveys/feedback-window";
import { waitlistPosition } from "./waitlist-position";

export const MY_EVENTS_PAGE_SIZE = 10;

export type MyEventsWhen = "upcoming" | "past";

const include = {
  event: {
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      region: { select: { name: true, timezone: true } },
      project: { select: { feedbackWindowDays: true } },
    },
  },
} satisfies Prisma.RegistrationInclude;

type Row = Prisma.RegistrationGetPayload<{ include: typeof include }>;

export type MyEventItem = Row & {
  /** Место в листе ожидания (upcoming wait-listed registrations only). */
  position: number | null;
  /** Cancellable by the user now: not cancelled and the event has not started (cancelRegistration's rule). */
  canCancel: boolean;
  /** Анкета: "open" — attended, the form is open and not answered yet (the badge); "answered"; null — none. */
  feedback: "open" | "answered" | null;
};

export async function listMyEvents(
  db: Db,
  user: SessionUser | null,
  opts: { when: MyEventsWhen; page: number; now?: Date; size?: number },
): Promise<Page<MyEventItem>> {
  const me = authorize(user, "registration.self");
  const now = opts.now ?? new Date();
  const size = opts.size ?? MY_EVENTS_PAGE_SIZE;
  const upcoming = opts.when === "upcoming";
  const where: Prisma.RegistrationWhereInput = {
    participant: { userId: me.id },
    event: { startsAt: upcoming ? { gt: now } : { lte: now } },
  };
  const [rows, total] = await Promise.all([
    db.registration.findMany({
      where,
      include,
      orderBy: [{ event: { startsAt: upcoming ? "asc" : "desc" } }, { id: "asc" }],
      ...pageArgs(opts.page, size),
    }),
    db.registration.count({ where }),
  ]);
  const answered = new Set(
    (
      await db.feedback.findMany({
        where: { participant: { userId: me.id }, eventId: { in: rows.filter((r) => r.attended).map((r) => r.eventId) } },
        select: { eventId: true },
      })
    ).map((f) => f.eventId),
  );
  const feedbackOf = (row: Row): MyEventItem["feedback"] => {
    if (answered.has(row.eventId)) return "answered";
    if (!row.attended) return null;
    return feedbackWindow(row.event, row.event.project.feedbackWindowDays, now).open ? "open" : null;
  };
  const items = await Promise.all(
    rows.map(async (row) => ({
      ...row,
      feedback: feedbackOf(row),
      position: upcoming ? await waitlistPosition(db, row) : null,
      canCancel: upcoming && row.status !== "cancelled" && row.status !== "declined" && row.event.startsAt > now,
    })),
  );
  return toPage(items, total, opts.page, size);
}

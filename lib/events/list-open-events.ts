// «Открытые для записи»: planned events of a project that have not started, whose registration
// deadline has not passed, open to the participant's category (an event without target categories
// is open to all), searchable by title; with the free seats and the user's own registration.
import "server-only";
import type { Prisma, RegistrationStatus } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { withRegisteredCounts } from "./with-registered-counts";

export type OpenEventItem = {
  id: string;
  title: string;
  format: Prisma.EventGetPayload<object>["format"];
  startsAt: Date;
  capacity: number | null;
  region: { name: string; timezone: string };
  registered: number;
  /** null: без ограничения мест. 0: only the wait-list is left. */
  freeSeats: number | null;
  myStatus: RegistrationStatus | null;
};

export async function listOpenEvents(
  db: Db,
  user: SessionUser | null,
  opts: { projectId: string; page: number; q?: string; now?: Date },
): Promise<Page<OpenEventItem> & { isParticipant: boolean }> {
  const me = authorize(user, "event.read");
  const now = opts.now ?? new Date();
  const participant = await db.participant.findUnique({
    where: { projectId_userId: { projectId: opts.projectId, userId: me.id } },
    select: { id: true, categoryId: true },
  });
  const q = opts.q?.trim();
  const where: Prisma.EventWhereInput = {
    projectId: opts.projectId,
    status: "planned",
    publishedAt: { not: null },
    startsAt: { gt: now },
    AND: [
      { OR: [{ registrationDeadline: null }, { registrationDeadline: { gte: now } }] },
      ...(participant
        ? [{ OR: [{ targetCategories: { none: {} } }, { targetCategories: { some: { categoryId: participant.categoryId } } }] }]
        : []),
    ],
    ...(q ? { title: { contains: q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { title: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        format: true,
        startsAt: true,
        capacity: true,
        region: { select: { name: true, timezone: true } },
        ...(participant ? { registrations: { where: { participantId: participant.id }, select: { status: true } } } : {}),
      },
      ...pageArgs(opts.page),
    }),
    db.event.count({ where }),
  ]);
  const items = (await withRegisteredCounts(db, rows)).map(({ registrations, ...event }) => ({
    ...event,
    freeSeats: event.capacity === null ? null : Math.max(0, event.capacity - event.registered),
    myStatus: (registrations as { status: OpenEventItem["myStatus"] }[] | undefined)?.[0]?.status ?? null,
  }));
  return { ...toPage(items, total, opts.page), isParticipant: !!participant };
}

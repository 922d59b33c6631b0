// Записи на мероприятие для организатора: who registered, in which category and region, the wait-list
// in queue order, attendance. Paginated; optionally one status only.
import "server-only";
import type { RegistrationStatus } from "@prisma/client";
import type { Db } from "../infra/db/client";
import type { SessionUser } from "../auth/permissions";
import { PAGE_SIZE, pageArgs, toPage } from "../infra/pagination";
import { getManagedEvent } from "./managed-event";
import { waitlistPosition } from "./waitlist-position";

export const REGISTRATION_STATUSES = [
  "pending",
  "registered",
  "waitlisted",
  "cancelled",
  "declined",
] as const satisfies readonly RegistrationStatus[];

export type RegistrantFilter = { status?: RegistrationStatus; page?: number; size?: number };

export async function listEventRegistrants(db: Db, actor: SessionUser | null, eventId: string, filter: RegistrantFilter = {}) {
  const { event } = await getManagedEvent(db, actor, eventId);
  const page = filter.page ?? 1;
  const size = filter.size ?? PAGE_SIZE;
  const where = { eventId: event.id, ...(filter.status && { status: filter.status }) };
  const [rows, total, counts] = await Promise.all([
    db.registration.findMany({
      where,
      // the enum's order: pending applications first, registered, waitlisted (queue order, as
      // waitlist-position.ts), cancelled, declined
      orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(page, size),
      select: {
        id: true,
        eventId: true,
        status: true,
        attended: true,
        createdAt: true,
        declineReason: true,
        participant: {
          select: {
            fullName: true,
            organization: true,
            category: { select: { name: true } },
            region: { select: { name: true } },
          },
        },
      },
    }),
    db.registration.count({ where }),
    db.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: true }),
  ]);

  // wait-listed rows of a page are consecutive in the queue: count once, then number on
  const firstWaiting = rows.find((r) => r.status === "waitlisted");
  let next = firstWaiting ? ((await waitlistPosition(db, firstWaiting)) ?? 1) : 1;
  const items = rows.map((r) => ({ ...r, position: r.status === "waitlisted" ? next++ : null }));

  const byStatus = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<RegistrationStatus, number>;
  for (const c of counts) byStatus[c.status] = c._count;
  return { event, counts: byStatus, page: toPage(items, total, page, size) };
}

export type RegistrantRow = Awaited<ReturnType<typeof listEventRegistrants>>["page"]["items"][number];

// Предупреждения перед сохранением мероприятия: the same expert in two overlapping events, two
// overlapping events at the same venue, a start outside the project year (in the project's zone).
// Warnings, not errors: the organizer may save anyway by confirming them.
import "server-only";
import type { Db, DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { formatDateTime } from "../infra/time/format-date";
import { localDate } from "../infra/time/period-bounds";

export type EventConflict =
  | { kind: "expert"; message: string; eventId: string; expertId: string }
  | { kind: "venue"; message: string; eventId: string }
  | { kind: "outside-year"; message: string };

export type ConflictQuery = {
  project: { id: string; year: number; timezone: string };
  /** the event being edited, so it never conflicts with itself */
  eventId?: string;
  /** the event's region: a venue is a place in one region («Дом правительства» is in every region) */
  regionId: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  expertIds: string[];
};

const norm = (v: string | null | undefined) => (v ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("ru");

/** The place as one comparable key; null when neither the venue nor the address is given. */
export function venueKey(venue: string | null | undefined, address: string | null | undefined): string | null {
  const key = `${norm(venue)}|${norm(address)}`;
  return key === "|" ? null : key;
}

export async function findEventConflicts(db: Db | DbTx, q: ConflictQuery): Promise<EventConflict[]> {
  const conflicts: EventConflict[] = [];
  const { project } = q;
  const startYear = localDate(q.startsAt, project.timezone).slice(0, 4);
  if (startYear !== String(project.year).padStart(4, "0")) {
    conflicts.push({
      kind: "outside-year",
      message: `Начало (${formatDateTime(q.startsAt, project.timezone)}) вне года проекта ${project.year}`,
    });
  }

  const key = venueKey(q.venue, q.address);
  if (!key && q.expertIds.length === 0) return conflicts;
  // overlapping = starts before this one ends and ends after it starts; cancelled events free their slot
  const overlapping = await db.event.findMany({
    where: {
      projectId: project.id,
      status: { not: "cancelled" },
      startsAt: { lt: q.endsAt },
      endsAt: { gt: q.startsAt },
      ...(q.eventId ? { id: { not: q.eventId } } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      title: true,
      startsAt: true,
      regionId: true,
      venue: true,
      address: true,
      region: { select: { timezone: true } },
      experts: { where: { expertId: { in: q.expertIds } }, select: { expertId: true, expert: { select: { fullName: true } } } },
    },
  });
  for (const other of overlapping) {
    const when = formatDateTime(other.startsAt, other.region.timezone);
    for (const e of other.experts) {
      conflicts.push({
        kind: "expert",
        eventId: other.id,
        expertId: e.expertId,
        message: `Эксперт ${e.expert.fullName} в это время участвует в мероприятии «${other.title}» (${when})`,
      });
    }
    if (key && other.regionId === q.regionId && venueKey(other.venue, other.address) === key) {
      conflicts.push({
        kind: "venue",
        eventId: other.id,
        message: `Площадка занята: в это время там проходит «${other.title}» (${when})`,
      });
    }
  }
  return conflicts;
}

/** Thrown when there are warnings the user has not confirmed; nothing has been written. */
export class EventConflictsError extends AppError {
  constructor(readonly conflicts: EventConflict[]) {
    super("CONFLICT", "Есть предупреждения: проверьте их и подтвердите сохранение");
    this.name = "EventConflictsError";
  }
}

export const isEventConflictsError = (error: unknown): error is EventConflictsError => error instanceof EventConflictsError;

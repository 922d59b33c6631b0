// Shared steps of every event write (create, edit, copy, series): local times → instants in the region's
// zone, references checked against the project, a unique code, and the conflict warnings gate.
import "server-only";
import { randomBytes } from "node:crypto";
import type { DbTx } from "../infra/db/client";
import { AppError, type FieldErrors } from "../infra/errors/app-error";
import { fromLocalInputValue, toLocalInputValue } from "../infra/time/format-date";
import { localDate } from "../infra/time/period-bounds";
import { EventConflictsError, findEventConflicts, type ConflictQuery, type EventConflict } from "./find-event-conflicts";
import type { EventFormInput } from "./schemas";

export const EVENT_WITH_LINKS = {
  targetCategories: { select: { categoryId: true } },
  experts: { select: { expertId: true, role: true } },
} as const;

/** The form's wall-clock times as instants in `zone`; field errors for times that don't exist. */
export function eventInstants(
  input: Pick<EventFormInput, "startsAt" | "endsAt" | "registrationDeadline">,
  zone: string,
  errors: FieldErrors,
) {
  const startsAt = fromLocalInputValue(input.startsAt, zone);
  const endsAt = fromLocalInputValue(input.endsAt, zone);
  const registrationDeadline = input.registrationDeadline ? fromLocalInputValue(input.registrationDeadline, zone) : null;
  if (!startsAt) errors.startsAt = ["Такой даты нет в календаре"];
  if (!endsAt) errors.endsAt = ["Такой даты нет в календаре"];
  if (input.registrationDeadline && !registrationDeadline) errors.registrationDeadline = ["Такой даты нет в календаре"];
  return { startsAt: startsAt!, endsAt: endsAt!, registrationDeadline };
}

/** The event columns the form sets, the same for creating and updating. */
export function eventColumns(input: EventFormInput, times: ReturnType<typeof eventInstants>) {
  return {
    title: input.title,
    description: input.description,
    format: input.format,
    directionId: input.directionId,
    ...times,
    capacity: input.capacity,
    venue: input.venue,
    address: input.address,
    onlineUrl: input.onlineUrl,
    requiresApproval: input.requiresApproval,
  };
}

/** The nested create of an event's experts with the roles chosen in the form. */
export function eventExpertsCreate(input: Pick<EventFormInput, "expertIds" | "expertRoles">) {
  return [...new Set(input.expertIds)].map((expertId) => ({ expertId, role: input.expertRoles[expertId] ?? "speaker" }));
}

/** Direction, target categories and experts must belong to the event's project. */
export async function checkEventReferences(
  tx: DbTx,
  projectId: string,
  input: Pick<EventFormInput, "directionId" | "targetCategoryIds" | "expertIds">,
  errors: FieldErrors,
) {
  const [direction, categories, experts] = await Promise.all([
    tx.direction.count({ where: { id: input.directionId, projectId } }),
    tx.participantCategory.count({ where: { id: { in: input.targetCategoryIds }, projectId } }),
    tx.expert.count({ where: { id: { in: input.expertIds }, projectId } }),
  ]);
  if (!direction) errors.directionId = ["Выберите направление из списка"];
  if (categories !== new Set(input.targetCategoryIds).size) errors.targetCategoryIds = ["Выберите категории из списка"];
  if (experts !== new Set(input.expertIds).size) errors.expertIds = ["Выберите экспертов из списка"];
}

export function throwIfInvalid(errors: FieldErrors) {
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Проверьте поля формы", errors);
}

/** EV-<yyyymmdd of the local start>-<6 random hex>; unique per project by the database constraint. */
export function newEventCode(startsAt: Date, zone: string): string {
  return `EV-${localDate(startsAt, zone).replaceAll("-", "")}-${randomBytes(3).toString("hex").toUpperCase()}`;
}

/** Collects the warnings of each planned write; throws them all unless the user confirmed. */
export async function gateConflicts(tx: DbTx, queries: ConflictQuery[], confirmed: boolean): Promise<EventConflict[]> {
  const all: EventConflict[] = [];
  for (const q of queries) all.push(...(await findEventConflicts(tx, q)));
  if (all.length && !confirmed) throw new EventConflictsError(all);
  return all;
}

/** The same wall-clock time `days` days later in `zone` (DST-safe), or on the local date `day`. */
export function shiftLocal(instant: Date, zone: string, to: { days: number } | { day: string }): Date {
  const local = toLocalInputValue(instant, zone);
  let day = local.slice(0, 10);
  if ("days" in to) {
    const [y, m, d] = day.split("-").map(Number);
    day = new Date(Date.UTC(y, m - 1, d + to.days)).toISOString().slice(0, 10);
  } else day = to.day;
  const shifted = fromLocalInputValue(`${day}${local.slice(10)}`, zone);
  if (!shifted)
    throw new AppError("VALIDATION", "Такого времени нет в календаре региона", {
      date: ["Такого времени нет в календаре региона"],
    });
  return shifted;
}

// Shared bits of the month and week views: Russian day and month names, an event as a link with its time.
import Link from "next/link";
import type { EventStatus } from "@prisma/client";
import { EVENT_STATUS_NAMES } from "@/lib/events/labels";
import { weekdayIndex } from "@/lib/events/event-filter";
import { dateFormatter } from "@/lib/infra/time/format-date";

export type CalendarEventItem = {
  id: string;
  title: string;
  startsAt: Date;
  status: EventStatus;
  region: { name: string; timezone: string };
};

/** What the month and week views get: the anchor day, today, events by local day, and the paging links. */
export type CalendarViewProps = {
  anchor: string;
  today: string;
  days: Record<string, CalendarEventItem[]>;
  prevHref: string;
  nextHref: string;
};

export const MONTH_NAMES = [
  "Январь",
  "Февраль",
  "Март",
  "Апрель",
  "Май",
  "Июнь",
  "Июль",
  "Август",
  "Сентябрь",
  "Октябрь",
  "Ноябрь",
  "Декабрь",
];
export const MONTH_NAMES_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
export const WEEKDAY_SHORT = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];
export const WEEKDAY_NAMES = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"];

/** "1 апреля" */
export function dayLabel(date: string): string {
  const [, m, d] = date.split("-").map(Number);
  return `${d} ${MONTH_NAMES_GENITIVE[m - 1]}`;
}

/** "Апрель 2026" */
export function monthLabel(date: string): string {
  const [y, m] = date.split("-").map(Number);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

function timeOf(instant: Date, timeZone: string): string {
  return dateFormatter("time", timeZone).format(instant);
}

export function CalendarEventLink({ event }: { event: CalendarEventItem }) {
  const cancelled = event.status === "cancelled";
  return (
    <Link href={`/events/${event.id}`} className={`block break-words text-sm ${cancelled ? "line-through" : ""}`}>
      <time dateTime={event.startsAt.toISOString()} className="font-medium">
        {timeOf(event.startsAt, event.region.timezone)}
      </time>{" "}
      {event.title}
      {event.status !== "planned" && <span className="text-ink-muted"> ({EVENT_STATUS_NAMES[event.status]})</span>}
    </Link>
  );
}

export function PeriodNav({
  label,
  prevHref,
  prevLabel,
  nextHref,
  nextLabel,
}: {
  label: string;
  prevHref: string;
  prevLabel: string;
  nextHref: string;
  nextLabel: string;
}) {
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
      <Link href={prevHref} aria-label={prevLabel}>
        ← <span className="hidden sm:inline">{prevLabel}</span>
      </Link>
      <h2 className="mb-0">{label}</h2>
      <Link href={nextHref} aria-label={nextLabel}>
        <span className="hidden sm:inline">{nextLabel}</span> →
      </Link>
    </div>
  );
}

/** "среда" */
export function weekdayOf(date: string): string {
  return WEEKDAY_NAMES[weekdayIndex(date)];
}

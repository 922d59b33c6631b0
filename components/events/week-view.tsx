// Неделя: seven days Monday to Sunday with their events by start time; a column each on wide screens,
// one under another on narrow ones.
import { addDays, startOfWeek } from "@/lib/events/event-filter";
import { CalendarEventLink, dayLabel, PeriodNav, weekdayOf, type CalendarViewProps } from "./calendar-parts";

export function weekLabel(anchor: string): string {
  const monday = startOfWeek(anchor);
  const sunday = addDays(monday, 6);
  return `${dayLabel(monday)} — ${dayLabel(sunday)} ${sunday.slice(0, 4)}`;
}

export function WeekView({ anchor, today, days, prevHref, nextHref }: CalendarViewProps) {
  const monday = startOfWeek(anchor);
  const week = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return (
    <section aria-label={`Неделя: ${weekLabel(anchor)}`}>
      <PeriodNav
        label={weekLabel(anchor)}
        prevHref={prevHref}
        prevLabel="Предыдущая неделя"
        nextHref={nextHref}
        nextLabel="Следующая неделя"
      />
      <ol className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-7">
        {week.map((day) => {
          const isToday = day === today;
          const events = [...(days[day] ?? [])].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
          return (
            <li
              key={day}
              aria-current={isToday ? "date" : undefined}
              className={`card min-h-24 p-2 ${isToday ? "border-brand bg-brand-light" : ""}`}
            >
              <h3 className="mb-1 text-sm font-semibold">
                <span className="capitalize">{weekdayOf(day)}</span>, {dayLabel(day)}
                {isToday ? <span className="font-normal"> — сегодня</span> : null}
              </h3>
              {events.length ? (
                <ul className="space-y-1">
                  {events.map((e) => (
                    <li key={e.id}>
                      <CalendarEventLink event={e} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-ink-muted">Нет мероприятий</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

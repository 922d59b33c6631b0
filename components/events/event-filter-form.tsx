// Фильтр мероприятий: a plain GET form, so the URL carries every filter and a view can be shared.
import Link from "next/link";
import { EVENT_FORMATS, EVENT_STATUSES } from "@/lib/events/schemas";
import { EVENT_STATUS_NAMES } from "@/lib/events/labels";
import type { FormatNames } from "@/lib/reference/event-format-names";
import { eventsHref, type EventFilter } from "@/lib/events/event-filter";

type Option = { id: string; name: string };

export function EventFilterForm({
  filter,
  projectCode,
  projects,
  regions,
  directions,
  formatNames,
  submitLabel,
}: {
  filter: EventFilter;
  projectCode: string;
  projects: { code: string; name: string }[];
  regions: Option[];
  directions: Option[];
  formatNames: FormatNames;
  submitLabel: string;
}) {
  return (
    <form
      action="/events"
      method="get"
      role="search"
      aria-label="Фильтр мероприятий"
      className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
    >
      <input type="hidden" name="view" value={filter.view} />
      {filter.date && filter.view !== "list" && <input type="hidden" name="date" value={filter.date} />}
      <div className="sm:col-span-2">
        <label htmlFor="q" className="label">
          Название
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q} maxLength={200} className="input" />
      </div>
      {projects.length > 1 && (
        <div>
          <label htmlFor="project" className="label">
            Проект
          </label>
          <select id="project" name="project" defaultValue={projectCode} className="input">
            {projects.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="region" className="label">
          Регион
        </label>
        <select id="region" name="region" defaultValue={filter.region ?? ""} className="input">
          <option value="">Все регионы</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="format" className="label">
          Форма
        </label>
        <select id="format" name="format" defaultValue={filter.format ?? ""} className="input">
          <option value="">Все формы</option>
          {EVENT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {formatNames[f]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="direction" className="label">
          Направление
        </label>
        <select id="direction" name="direction" defaultValue={filter.direction ?? ""} className="input">
          <option value="">Все направления</option>
          {directions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="label">
          Статус
        </label>
        <select id="status" name="status" defaultValue={filter.status ?? ""} className="input">
          <option value="">Все статусы</option>
          {EVENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {EVENT_STATUS_NAMES[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="from" className="label">
          С даты
        </label>
        <input id="from" name="from" type="date" defaultValue={filter.from} className="input" />
      </div>
      <div>
        <label htmlFor="to" className="label">
          По дату
        </label>
        <input id="to" name="to" type="date" defaultValue={filter.to} className="input" />
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button className="btn">{submitLabel}</button>
        <Link href={eventsHref({ view: filter.view })} className="btn-secondary">
          Сбросить
        </Link>
      </div>
    </form>
  );
}

const VIEWS = [
  { view: "list", label: "Список" },
  { view: "month", label: "Месяц" },
  { view: "week", label: "Неделя" },
] as const;

/** Список / Месяц / Неделя as links that keep the filters. */
export function EventViewSwitch({ filter }: { filter: Partial<EventFilter> }) {
  return (
    <nav aria-label="Вид" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {VIEWS.map(({ view, label }) => {
          const current = (filter.view ?? "list") === view;
          return (
            <li key={view}>
              <Link
                href={eventsHref(filter, { view })}
                aria-current={current ? "page" : undefined}
                className={current ? "btn" : "btn-secondary"}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

// Фильтр мероприятий: a plain GET form, so the URL carries every filter and a view can be shared.
import Link from "next/link";
import { EVENT_FORMATS, EVENT_STATUSES } from "@/lib/events/schemas";
import { EVENT_STATUS_NAMES } from "@/lib/events/labels";
import type { FormatNames } from "@/lib/reference/event-format-names";
import { eventsHref, type EventFilter } from "@/lib/events/event-filter";
import { FilterSelect } from "@/components/forms/filter-select";

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
      <FilterSelect
        id="region"
        name="region"
        label="Регион"
        value={filter.region}
        allLabel="Все регионы"
        options={regions.map((r) => ({ value: r.id, label: r.name }))}
      />
      <FilterSelect
        id="format"
        name="format"
        label="Форма"
        value={filter.format}
        allLabel="Все формы"
        options={EVENT_FORMATS.map((f) => ({ value: f, label: formatNames[f] }))}
      />
      <FilterSelect
        id="direction"
        name="direction"
        label="Направление"
        value={filter.direction}
        allLabel="Все направления"
        options={directions.map((d) => ({ value: d.id, label: d.name }))}
      />
      <FilterSelect
        id="status"
        name="status"
        label="Статус"
        value={filter.status}
        allLabel="Все статусы"
        options={EVENT_STATUSES.map((s) => ({ value: s, label: EVENT_STATUS_NAMES[s] }))}
      />
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

import { getTranslations } from "next-intl/server";
import { EventTable } from "@/components/events/event-table";
import { EventFilterForm, EventViewSwitch } from "@/components/events/event-filter-form";
import { MonthCalendar, monthGridDays } from "@/components/events/month-calendar";
import { WeekView } from "@/components/events/week-view";
import { Pagination } from "@/components/ui/pagination";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { readDb } from "@/lib/infra/db/read-db";
import { getEventFormatNames } from "@/lib/reference/event-format-names";
import {
  addDays,
  addMonths,
  eventsHref,
  parseEventFilter,
  startOfMonth,
  startOfWeek,
  toSearchParams,
  type EventFilter,
} from "@/lib/events/event-filter";
import { listEvents, type EventListFilter } from "@/lib/events/list-events";
import { CALENDAR_EVENT_CAP, listEventsInRange } from "@/lib/events/list-events-in-range";
import { guardPage } from "@/lib/infra/http/page-guard";
import { localDate } from "@/lib/infra/time/period-bounds";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";

export const metadata = { title: "Мероприятия" };

type Search = Record<string, string | string[] | undefined>;

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const filter = parseEventFilter(await searchParams);
  const t = await getTranslations();
  const requested = filter.project ? await db.project.findUnique({ where: { code: filter.project } }) : null;
  const project = requested ?? (await getCurrentProject(db));
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();

  // links keep the project only when the URL named a real one
  const linkFilter: EventFilter = { ...filter, project: requested ? requested.code : undefined };
  const query: Omit<EventListFilter, "page"> = {
    projectId: project.id,
    q: filter.q,
    regionId: filter.region,
    directionId: filter.direction,
    format: filter.format,
    status: filter.status,
    from: filter.from,
    to: filter.to,
    timeZone: project.timezone,
  };
  const today = localDate(new Date(), project.timezone);
  const anchor = filter.date ?? today;

  const [{ regions, directions }, projects, formatNames] = await Promise.all([
    getProjectReference(db, project.id),
    db.project.findMany({ orderBy: [{ year: "desc" }, { name: "asc" }], select: { code: true, name: true } }),
    getEventFormatNames(db),
  ]);

  let body: React.ReactNode;
  if (filter.view === "list") {
    const page = await guardPage(
      () => listEvents(readDb, user, { ...query, page: filter.page }),
      `/events?${toSearchParams(linkFilter)}`,
    );
    const params = Object.fromEntries(toSearchParams({ ...linkFilter, page: 1 }));
    body = (
      <>
        {page.items.length ? <EventTable events={page.items} formatNames={formatNames} /> : <p>{t("home.noEvents")}</p>}
        <Pagination page={page.page} pageCount={page.pageCount} params={params} />
      </>
    );
  } else if (filter.view === "month") {
    const grid = monthGridDays(anchor);
    const range = { start: grid[0], end: addDays(grid[grid.length - 1], 1) };
    const found = await guardPage(() => listEventsInRange(db, user, query, range), `/events?${toSearchParams(linkFilter)}`);
    const month = startOfMonth(anchor);
    body = (
      <>
        <CapNote truncated={found.truncated} />
        <MonthCalendar
          anchor={anchor}
          today={today}
          days={found.days}
          prevHref={eventsHref(linkFilter, { date: addMonths(month, -1) })}
          nextHref={eventsHref(linkFilter, { date: addMonths(month, 1) })}
        />
      </>
    );
  } else {
    const monday = startOfWeek(anchor);
    const range = { start: monday, end: addDays(monday, 7) };
    const found = await guardPage(() => listEventsInRange(db, user, query, range), `/events?${toSearchParams(linkFilter)}`);
    body = (
      <>
        <CapNote truncated={found.truncated} />
        <WeekView
          anchor={anchor}
          today={today}
          days={found.days}
          prevHref={eventsHref(linkFilter, { date: addDays(monday, -7) })}
          nextHref={eventsHref(linkFilter, { date: addDays(monday, 7) })}
        />
      </>
    );
  }

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1>{t("nav.events")}</h1>
        {can(user, "event.manage") && (
          <Link href="/events/new" className="btn">
            Новое мероприятие
          </Link>
        )}
      </div>
      <EventFilterForm
        filter={filter}
        projectCode={project.code}
        projects={projects}
        regions={regions}
        directions={directions}
        formatNames={formatNames}
        submitLabel={t("common.search")}
      />
      <EventViewSwitch filter={linkFilter} />
      {body}
    </>
  );
}

function CapNote({ truncated }: { truncated: boolean }) {
  if (!truncated) return null;
  return (
    <p role="status" className="mb-3 rounded-md bg-warn-bg p-3 text-warn">
      Показаны первые {CALENDAR_EVENT_CAP} мероприятий. Уточните фильтры, чтобы увидеть остальные.
    </p>
  );
}

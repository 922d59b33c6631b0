import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { listOpenEvents, type OpenEventItem } from "@/lib/events/list-open-events";
import { getEventFormatNames } from "@/lib/reference/event-format-names";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";

export const metadata = { title: "Открытые для записи" };

type Search = { page?: string; q?: string };

export default async function OpenEventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();
  const page = await guardPage(
    () => listOpenEvents(db, user, { projectId: project.id, page: pageFrom(params.page), q: params.q }),
    "/events/open",
  );
  const formatNames = await getEventFormatNames(db);
  const seats = (e: OpenEventItem) =>
    e.freeSeats === null
      ? t("openEvents.unlimited")
      : e.freeSeats === 0
        ? t("openEvents.full")
        : t("openEvents.seats", { free: e.freeSeats, capacity: e.capacity ?? 0 });
  const mine = (e: OpenEventItem) =>
    e.myStatus === "registered"
      ? t("myEvents.registered")
      : e.myStatus === "waitlisted"
        ? t("openEvents.waitlisted")
        : e.myStatus === "pending"
          ? t("openEvents.pending")
          : e.myStatus === "declined"
            ? t("myEvents.declined")
            : "";
  return (
    <>
      <h1>{t("openEvents.title")}</h1>
      <p className="mb-4 max-w-2xl">{t("openEvents.intro")}</p>
      {!page.isParticipant && <p className="mb-4 rounded-md bg-warn-bg p-3">{t("openEvents.notParticipant")}</p>}
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="label">
            {t("openEvents.search")}
          </label>
          <input id="q" name="q" defaultValue={params.q} className="input" />
        </div>
        <button className="btn">{t("common.search")}</button>
      </form>
      {page.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("myEvents.event")}</th>
                <th scope="col">{t("myEvents.dateTime")}</th>
                <th scope="col">{t("myEvents.region")}</th>
                <th scope="col">{t("openEvents.freeSeats")}</th>
                <th scope="col">{t("openEvents.you")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={`/events/${e.id}`}>{e.title}</Link>
                    <div className="text-sm text-ink-muted">{formatNames[e.format]}</div>
                  </td>
                  <td className="whitespace-nowrap">{formatDateTime(e.startsAt, e.region.timezone)}</td>
                  <td>{e.region.name}</td>
                  <td>{seats(e)}</td>
                  <td>{mine(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("openEvents.empty")}</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={{ q: params.q }} />
    </>
  );
}

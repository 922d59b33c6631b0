import { getTranslations } from "next-intl/server";
import { EventTable } from "@/components/events/event-table";
import { Pagination } from "@/components/ui/pagination";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { listEvents } from "@/lib/events/list-events";
import { guardPage } from "@/lib/http/page-guard";
import { pageFrom } from "@/lib/pagination";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";

export const metadata = { title: "Мероприятия" };

type Search = { page?: string; q?: string; region?: string };

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const user = await getSessionUser();
  const page = await guardPage(
    () => listEvents(db, user, { projectId: project.id, page: pageFrom(params.page), q: params.q, regionId: params.region }),
    "/events",
  );
  const { regions } = await getProjectReference(db, project.id);
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
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="q" className="label">Название</label>
          <input id="q" name="q" defaultValue={params.q} className="input" />
        </div>
        <div>
          <label htmlFor="region" className="label">Регион</label>
          <select id="region" name="region" defaultValue={params.region ?? ""} className="input">
            <option value="">Все регионы</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>{r.name}</option>
            ))}
          </select>
        </div>
        <button className="btn">{t("common.search")}</button>
      </form>
      {page.items.length ? <EventTable events={page.items} /> : <p>{t("home.noEvents")}</p>}
      <Pagination page={page.page} pageCount={page.pageCount} params={{ q: params.q, region: params.region }} />
    </>
  );
}

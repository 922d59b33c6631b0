import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MyEventsTable } from "@/components/events/my-events-table";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { signFeedToken } from "@/lib/calendar/feed-token";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { portalLink } from "@/lib/infra/http/app-url";
import { pageFrom } from "@/lib/infra/pagination";
import { listMyEvents } from "@/lib/registrations/list-my-events";

export const metadata = { title: "Мои мероприятия" };

type Search = { upcoming?: string; past?: string };

export default async function MyEventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const [user, t] = await Promise.all([getSessionUser(), getTranslations()]);
  const now = new Date();
  const [upcoming, past] = await guardPage(
    () =>
      Promise.all([
        listMyEvents(db, user, { when: "upcoming", page: pageFrom(params.upcoming), now }),
        listMyEvents(db, user, { when: "past", page: pageFrom(params.past), now }),
      ]),
    "/my/events",
  );
  const feedUrl = portalLink(`/calendar/${signFeedToken(user!.id)}`);
  return (
    <>
      <h1>{t("nav.myEvents")}</h1>
      <p className="mb-6">
        <Link href="/events/open">{t("myEvents.findEvents")}</Link>
      </p>

      <section aria-labelledby="upcoming-title" className="mb-8">
        <h2 id="upcoming-title">{t("myEvents.upcoming")}</h2>
        {upcoming.items.length ? <MyEventsTable items={upcoming.items} past={false} /> : <p>{t("myEvents.noUpcoming")}</p>}
        <Pagination name="upcoming" page={upcoming.page} pageCount={upcoming.pageCount} params={{ past: params.past }} />
      </section>

      <section aria-labelledby="past-title" className="mb-8">
        <h2 id="past-title">{t("myEvents.past")}</h2>
        {past.items.length ? <MyEventsTable items={past.items} past /> : <p>{t("myEvents.noPast")}</p>}
        <Pagination name="past" page={past.page} pageCount={past.pageCount} params={{ upcoming: params.upcoming }} />
      </section>

      <section aria-labelledby="feed-title" className="card max-w-3xl">
        <h2 id="feed-title">{t("myEvents.feedTitle")}</h2>
        <p className="mb-3">{t("myEvents.feedText")}</p>
        <label htmlFor="feed-url" className="label">
          {t("myEvents.feedLabel")}
        </label>
        <input id="feed-url" className="input w-full font-mono text-sm" readOnly value={feedUrl} />
      </section>
    </>
  );
}

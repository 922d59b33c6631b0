import Link from "next/link";
import { REGISTRATION_STATUS_NAMES } from "@/lib/registrations/labels";
import { getEventFormatNames } from "@/lib/reference/event-format-names";
import { getTranslations } from "next-intl/server";
import { EventTable } from "@/components/events/event-table";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/permissions";
import { homeViewOf } from "@/lib/auth/policy/home-view-of";
import { db } from "@/lib/infra/db/client";
import { listUpcomingEvents } from "@/lib/events/list-upcoming-events";
import { EVENT_STATUS_NAMES } from "@/lib/events/labels";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listMyRegistrations } from "@/lib/registrations/list-my-registrations";

export default async function HomePage() {
  const [user, t, project] = await Promise.all([getSessionUser(), getTranslations(), getCurrentProject(db)]);
  if (!user) {
    return (
      <section>
        <h1>{t("home.guestTitle")}</h1>
        <p className="mb-4 max-w-2xl">{t("home.guestText")}</p>
        {project && <p className="mb-4 font-medium">{project.name}</p>}
        <div className="flex flex-wrap gap-3">
          <Link href="/login" className="btn">
            {t("nav.signIn")}
          </Link>
          <Link href="/register" className="btn-secondary">
            {t("auth.registerLink")}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section>
      <h1>{t("home.welcome", { name: user.fullName })}</h1>
      {project ? <p className="mb-6 text-ink-muted">{project.name}</p> : <p className="mb-6">{t("home.noProject")}</p>}
      {project && <RoleHome user={user} projectId={project.id} />}
    </section>
  );
}

async function RoleHome({ user, projectId }: { user: SessionUser; projectId: string }) {
  const t = await getTranslations("home");
  // what to show is asked of the policy (the matrix), not of the role name
  switch (homeViewOf(user)) {
    case "administration":
      return (
        <ul className="grid gap-4 sm:grid-cols-2">
          <li className="card">
            <Link href="/admin/users">{t("adminUsers")}</Link>
          </li>
          <li className="card">
            <Link href="/admin/reference">{t("adminReference")}</Link>
          </li>
          <li className="card">
            <Link href="/admin/import">{t("adminImport")}</Link>
          </li>
          <li className="card">
            <Link href="/dashboard">{t("dashboards")}</Link>
          </li>
          <li className="card">
            <Link href="/events">{t("upcoming")}</Link>
          </li>
        </ul>
      );
    case "dashboards":
      return (
        <div className="card max-w-xl">
          <h2>{t("dashboards")}</h2>
          <p className="mb-3">{t("dashboardsText")}</p>
          <Link href="/dashboard" className="btn">
            {t("openDashboard")}
          </Link>
        </div>
      );
    case "organizer": {
      const events = await listUpcomingEvents(db, user, { projectId, scope: "managed" });
      return <EventsBlock title={t("regionEvents")} events={events} empty={t("noEvents")} />;
    }
    case "expert": {
      const events = await listUpcomingEvents(db, user, { projectId, scope: "as-expert" });
      return <EventsBlock title={t("expertEvents")} events={events} empty={t("noEvents")} />;
    }
    default: {
      const [events, registrations] = await Promise.all([
        listUpcomingEvents(db, user, { projectId, limit: 5 }),
        listMyRegistrations(db, user),
      ]);
      return (
        <div className="grid gap-8">
          <div>
            <h2>{t("myRegistrations")}</h2>
            <p className="mb-3">
              <Link href="/my/events">{t("allMyEvents")}</Link>
            </p>
            {registrations.length === 0 ? (
              <p>{t("noRegistrations")}</p>
            ) : (
              <ul className="grid gap-2">
                {registrations.map((r) => (
                  <li key={r.id} className="card">
                    <Link href={`/events/${r.event.id}`}>{r.event.title}</Link>
                    <div className="text-sm text-ink-muted">
                      {formatDateTime(r.event.startsAt, r.event.region.timezone)} · {r.event.region.name} ·{" "}
                      {EVENT_STATUS_NAMES[r.event.status]} · {REGISTRATION_STATUS_NAMES[r.status]}
                      {r.attended ? " · посетил(а)" : ""}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <EventsBlock title={t("upcoming")} events={events} empty={t("noEvents")} />
        </div>
      );
    }
  }
}

async function EventsBlock({
  title,
  events,
  empty,
}: {
  title: string;
  events: Parameters<typeof EventTable>[0]["events"];
  empty: string;
}) {
  const formatNames = await getEventFormatNames(db);
  return (
    <div>
      <h2>{title}</h2>
      {events.length ? <EventTable events={events} formatNames={formatNames} /> : <p>{empty}</p>}
    </div>
  );
}

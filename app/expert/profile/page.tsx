import Link from "next/link";
import { ExpertContactsForm } from "@/components/experts/expert-contacts-form";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { EVENT_STATUS_NAMES, EXPERT_ROLE_NAMES } from "@/lib/events/labels";
import { getExpertProfile } from "@/lib/experts/get-expert-profile";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";
import { updateExpertProfileAction } from "./actions";

export const metadata = { title: "Профиль эксперта" };

export default async function ExpertProfilePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const { expert, events } = await guardPage(
    () => getExpertProfile(db, user, project.id, pageFrom(search.page)),
    "/expert/profile",
  );
  return (
    <>
      <h1>Профиль эксперта: {expert.fullName}</h1>
      <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Независимый эксперт</dt>
        <dd>{expert.independent ? "да" : "нет"}</dd>
        <dt className="font-semibold">Регион</dt>
        <dd>{expert.region?.name ?? "—"}</dd>
        <dt className="font-semibold">Направления</dt>
        <dd>{expert.directions.map((d) => d.direction.name).join(", ") || "—"}</dd>
        <dt className="font-semibold">Согласие на обработку ПДн</dt>
        <dd>
          {expert.consentAt ? `${formatDate(expert.consentAt, project.timezone)}, редакция ${expert.consentVersion}` : "нет"}
        </dd>
      </dl>
      <h2>Мои мероприятия и заключения</h2>
      {events.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Мероприятие</th>
                <th scope="col">Дата</th>
                <th scope="col">Статус</th>
                <th scope="col">Моя роль</th>
                <th scope="col">Заключение</th>
              </tr>
            </thead>
            <tbody>
              {events.items.map(({ event, role, conclusion }) => (
                <tr key={event.id}>
                  <td>
                    <Link href={`/events/${event.id}`}>{event.title}</Link>
                  </td>
                  <td className="whitespace-nowrap">{formatDateTime(event.startsAt, event.region.timezone)}</td>
                  <td>{EVENT_STATUS_NAMES[event.status]}</td>
                  <td>{EXPERT_ROLE_NAMES[role]}</td>
                  <td>
                    <Link href={`/events/${event.id}/conclusion`}>
                      {conclusion ? `оценка ${conclusion.assessment} — изменить` : "написать"}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Вас ещё не включали в мероприятия.</p>
      )}
      <Pagination page={events.page} pageCount={events.pageCount} params={{}} />
      <h2 className="mt-8">Контакты и компетенции</h2>
      <ExpertContactsForm
        action={updateExpertProfileAction}
        defaults={{
          email: expert.email ?? "",
          phone: expert.phone ?? "",
          organization: expert.organization ?? "",
          competences: expert.competences.join("\n"),
        }}
      />
    </>
  );
}

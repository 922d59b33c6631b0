import Link from "next/link";
import { ExpertForm } from "@/components/experts/expert-form";
import { Pagination } from "@/components/ui/pagination";
import { regionWhere } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { EVENT_STATUS_NAMES, EXPERT_ROLE_NAMES } from "@/lib/events/labels";
import { EXPERT_CONSENT_TEXT, EXPERT_CONSENT_VERSION } from "@/lib/personal-data/consent";
import { getExpertCard } from "@/lib/experts/get-expert-card";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getProjectReference } from "@/lib/projects/current-project";
import { saveExpertAction } from "../actions";

export const metadata = { title: "Карточка эксперта" };

export default async function ExpertCardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string; created?: string }>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const user = await getSessionUser();
  const { expert, events } = await guardPage(() => getExpertCard(db, user, id, pageFrom(search.page)), `/experts/${id}`);
  const reference = await getProjectReference(db, expert.projectId);
  const scoped = regionWhere(user!, "expert.manage").regionId as { in: string[] } | undefined;
  const regions = reference.regions.filter((r) => !scoped || scoped.in.includes(r.id));
  const zone = expert.project.timezone;
  const consentCurrent = expert.consentVersion === EXPERT_CONSENT_VERSION;
  return (
    <>
      <p className="mb-2">
        <Link href="/experts">← Реестр экспертов</Link>
      </p>
      <h1>{expert.fullName}</h1>
      {search.created && (
        <p role="status" className="mb-4 rounded-md bg-ok-bg p-3 text-ok">
          Эксперт внесён в реестр
        </p>
      )}
      <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Независимый эксперт</dt>
        <dd>{expert.independent ? "да" : "нет"}</dd>
        <dt className="font-semibold">Регион</dt>
        <dd>{expert.region?.name ?? "—"}</dd>
        <dt className="font-semibold">Организация</dt>
        <dd>{expert.organization ?? "—"}</dd>
        <dt className="font-semibold">Направления</dt>
        <dd>{expert.directions.map((d) => d.direction.name).join(", ") || "—"}</dd>
        <dt className="font-semibold">Компетенции</dt>
        <dd>{expert.competences.join("; ") || "—"}</dd>
        <dt className="font-semibold">Контакты</dt>
        <dd>{[expert.email, expert.phone].filter(Boolean).join(", ") || "—"}</dd>
        <dt className="font-semibold">Согласие на обработку ПДн</dt>
        <dd>
          {expert.consentAt
            ? `получено ${formatDate(expert.consentAt, zone)}, редакция ${expert.consentVersion}${consentCurrent ? "" : " (устарела — подтвердите заново)"}`
            : "нет"}
        </dd>
      </dl>
      <h2>Мероприятия эксперта</h2>
      {events.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Мероприятие</th>
                <th scope="col">Дата</th>
                <th scope="col">Регион</th>
                <th scope="col">Статус</th>
                <th scope="col">Роль</th>
              </tr>
            </thead>
            <tbody>
              {events.items.map(({ event, role }) => (
                <tr key={event.id}>
                  <td>
                    <Link href={`/events/${event.id}`}>{event.title}</Link>
                  </td>
                  <td className="whitespace-nowrap">{formatDateTime(event.startsAt, event.region.timezone)}</td>
                  <td>{event.region.name}</td>
                  <td>{EVENT_STATUS_NAMES[event.status]}</td>
                  <td>{EXPERT_ROLE_NAMES[role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Эксперт ещё не участвовал в мероприятиях.</p>
      )}
      <Pagination page={events.page} pageCount={events.pageCount} params={{}} />
      <h2 className="mt-8">Изменить данные</h2>
      <ExpertForm
        action={saveExpertAction}
        defaults={{
          id: expert.id,
          projectId: expert.projectId,
          code: expert.code,
          fullName: expert.fullName,
          independent: expert.independent,
          regionId: expert.regionId ?? "",
          organization: expert.organization ?? "",
          email: expert.email ?? "",
          phone: expert.phone ?? "",
          competences: expert.competences.join("\n"),
          directionIds: expert.directions.map((d) => d.directionId),
          userEmail: expert.user?.email ?? "",
          consent: consentCurrent,
        }}
        regions={regions}
        directions={reference.directions}
        consentText={EXPERT_CONSENT_TEXT}
        consentNote={`Редакция текста согласия: ${EXPERT_CONSENT_VERSION}`}
      />
    </>
  );
}

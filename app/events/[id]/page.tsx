import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { isLinkedExpert } from "@/lib/auth/policy/is-linked-expert";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { getEvent } from "@/lib/events/get-event";
import { EVENT_STATUS_NAMES, EXPERT_ROLE_NAMES } from "@/lib/events/labels";
import { getEventFormatNames } from "@/lib/reference/event-format-names";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { listEventConclusions } from "@/lib/conclusions/list-event-conclusions";
import { pageFrom } from "@/lib/infra/pagination";
import { Pagination } from "@/components/ui/pagination";
import { getMyRegistration } from "@/lib/registrations/get-my-registration";
import { RegistrationPanel } from "@/components/events/registration-panel";
import { EventManagePanel } from "@/components/events/event-manage-panel";
import { changeRegistrationAction } from "./registration-actions";
import { cancelEventAction, copyEventAction, eventSeriesAction, markEventHeldAction, publishEventAction } from "./manage-actions";

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cpage?: string }>;
}) {
  const { id } = await params;
  const { cpage } = await searchParams;
  const user = await getSessionUser();
  const { event, canManage } = await guardPage(() => getEvent(db, user, id), `/events/${id}`);
  const zone = event.region.timezone;
  const [mine, formatNames] = await Promise.all([getMyRegistration(db, user, event), getEventFormatNames(db)]);
  const now = new Date();
  const open = event.status === "planned" && event.startsAt > now;
  // экспертные заключения: the region's organizers, the ministry and the admin read them; a linked expert writes one
  const conclusions = can(user, "conclusion.read", { regionId: event.regionId })
    ? await listEventConclusions(db, user, event.id, pageFrom(cpage))
    : null;
  const linkedExpert = isLinkedExpert(user, event.experts);
  return (
    <article>
      <p className="mb-2">
        <Link href="/events">← Все мероприятия</Link>
      </p>
      <h1>{event.title}</h1>
      <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Когда</dt>
        <dd>
          {formatDateTime(event.startsAt, zone)} — {formatDateTime(event.endsAt, zone)} ({zone})
        </dd>
        <dt className="font-semibold">Регион</dt>
        <dd>{event.region.name}</dd>
        <dt className="font-semibold">Форма</dt>
        <dd>{formatNames[event.format]}</dd>
        <dt className="font-semibold">Направление</dt>
        <dd>{event.direction.name}</dd>
        <dt className="font-semibold">Статус</dt>
        <dd>
          {EVENT_STATUS_NAMES[event.status]}
          {!event.publishedAt && " (черновик, не опубликовано)"}
          {event.status === "cancelled" && event.cancelReason ? `: ${event.cancelReason}` : ""}
        </dd>
        {event.registrationDeadline && (
          <>
            <dt className="font-semibold">Запись до</dt>
            <dd>{formatDateTime(event.registrationDeadline, zone)}</dd>
          </>
        )}
        {event.targetCategories.length > 0 && (
          <>
            <dt className="font-semibold">Для кого</dt>
            <dd>{event.targetCategories.map((c) => c.category.name).join(", ")}</dd>
          </>
        )}
        {event.requiresApproval && (
          <>
            <dt className="font-semibold">Запись</dt>
            <dd>с подтверждением организатором</dd>
          </>
        )}
        <dt className="font-semibold">Место</dt>
        <dd>{[event.venue, event.address].filter(Boolean).join(", ") || (event.onlineUrl ? "Онлайн" : "Уточняется")}</dd>
        <dt className="font-semibold">Записано</dt>
        <dd>
          {event._count.registrations}
          {event.capacity ? ` из ${event.capacity}` : " (без ограничения мест)"}
        </dd>
        {event.experts.length > 0 && (
          <>
            <dt className="font-semibold">Эксперты</dt>
            <dd>
              {event.experts
                .map((e) => `${e.expert.fullName}${e.expert.independent ? " (независимый)" : ""} — ${EXPERT_ROLE_NAMES[e.role]}`)
                .join("; ")}
            </dd>
          </>
        )}
      </dl>
      {event.description && <p className="mb-4 whitespace-pre-line">{event.description}</p>}
      {mine.registration?.attended && event.status === "held" && (
        <p className="mb-4">
          <Link href={`/events/${event.id}/feedback`} className="btn">
            Анкета: оценить мероприятие
          </Link>
        </p>
      )}
      {linkedExpert && event.status !== "cancelled" && (
        <p className="mb-4">
          <Link href={`/events/${event.id}/conclusion`} className="btn">
            Экспертное заключение
          </Link>
        </p>
      )}
      {!canManage && can(user, "feedback.read", { regionId: event.regionId }) && (
        <p className="mb-4">
          <Link href={`/events/${event.id}/survey`}>Результаты анкетирования</Link>
        </p>
      )}
      {mine.isParticipant && (
        <RegistrationPanel
          eventId={event.id}
          status={mine.registration?.status ?? null}
          position={mine.position}
          declineReason={mine.registration?.declineReason ?? null}
          canRegister={open}
          requiresApproval={event.requiresApproval}
          action={changeRegistrationAction}
        />
      )}
      {canManage && (
        <>
          <p className="mb-4 flex flex-wrap items-center gap-3">
            <Link href={`/events/${event.id}/edit`} className="btn">
              Изменить
            </Link>
            <Link href={`/events/${event.id}/registrations`} className="btn-secondary">
              Записи и посещаемость
            </Link>
            <Link href={`/events/${event.id}/survey`} className="btn-secondary">
              Анкета и результаты
            </Link>
            {/* route handlers, not pages: plain links */}
            <a href={`/events/${event.id}/attendance.csv`} download>
              Лист посещаемости (CSV)
            </a>
            <a href={`/events/${event.id}/attendance.xlsx`} download>
              Лист посещаемости (XLSX)
            </a>
          </p>
          <EventManagePanel
            eventId={event.id}
            status={event.status}
            started={event.startsAt <= now}
            draft={!event.publishedAt}
            actions={{
              publish: publishEventAction,
              cancel: cancelEventAction,
              markHeld: markEventHeldAction,
              copy: copyEventAction,
              series: eventSeriesAction,
            }}
          />
        </>
      )}
      {conclusions && (
        <section aria-labelledby="conclusions-title" className="mt-8">
          <h2 id="conclusions-title">Экспертные заключения ({conclusions.total})</h2>
          {conclusions.items.length ? (
            <ul className="space-y-4">
              {conclusions.items.map((c) => (
                <li key={c.id} className="card">
                  <p className="font-semibold">
                    {c.expert.fullName}
                    {c.expert.independent ? " (независимый)" : ""}
                    {c.expert.organization ? `, ${c.expert.organization}` : ""} — оценка {c.assessment} из 5
                  </p>
                  <p className="mt-2 font-medium">Что получилось</p>
                  <p className="whitespace-pre-line">{c.whatWorked}</p>
                  <p className="mt-2 font-medium">Рекомендации</p>
                  <p className="whitespace-pre-line">{c.recommendations}</p>
                  <p className="mt-2 text-sm text-ink-muted">{formatDateTime(c.updatedAt, zone)}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>Заключений пока нет.</p>
          )}
          <Pagination page={conclusions.page} pageCount={conclusions.pageCount} params={{}} name="cpage" />
        </section>
      )}
    </article>
  );
}

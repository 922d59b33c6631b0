import Link from "next/link";
import { RegistrantsTable } from "@/components/registrations/registrants-table";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { listEventRegistrants, REGISTRATION_STATUSES } from "@/lib/registrations/list-event-registrants";
import { REGISTRATION_STATUS_NAMES } from "@/lib/registrations/labels";
import { registrantStatusSchema } from "@/lib/registrations/schemas";
import { approveApplicationAction, declineApplicationAction, promoteAction, saveAttendanceAction } from "./actions";
import { FilterSelect } from "@/components/forms/filter-select";

export const metadata = { title: "Записи на мероприятие" };

type Search = { page?: string; status?: string };

export default async function RegistrationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const status = registrantStatusSchema.parse(search.status);
  const user = await getSessionUser();
  const { event, counts, page } = await guardPage(
    () => listEventRegistrants(db, user, id, { status, page: pageFrom(search.page) }),
    `/events/${id}/registrations`,
  );
  const zone = event.region.timezone;
  const now = new Date();
  const attendanceOpen = event.status !== "cancelled" && event.startsAt <= now;
  const attendanceNote =
    event.status === "cancelled"
      ? "Мероприятие отменено: отметки о посещении не ведутся."
      : `Отметить посещение можно после начала мероприятия (${formatDateTime(event.startsAt, zone)}).`;
  const rows = page.items.map((r) => ({
    id: r.id,
    fullName: r.participant.fullName,
    category: r.participant.category.name,
    region: r.participant.region.name,
    organization: r.participant.organization,
    status: r.status,
    declineReason: r.declineReason,
    statusName: REGISTRATION_STATUS_NAMES[r.status],
    position: r.position,
    attended: r.attended,
  }));
  return (
    <>
      <p className="mb-2">
        <Link href={`/events/${event.id}`}>← К мероприятию</Link>
      </p>
      <h1>Записи на мероприятие: {event.title}</h1>
      <p className="mb-4">
        {formatDateTime(event.startsAt, zone)}, {event.region.name}.{" "}
        {event.requiresApproval || counts.pending ? `Заявок на рассмотрении: ${counts.pending}. ` : ""}Записано:{" "}
        {counts.registered}
        {event.capacity ? ` из ${event.capacity}` : " (без ограничения мест)"}, в листе ожидания: {counts.waitlisted}, отменено:{" "}
        {counts.cancelled}.
      </p>
      <p className="mb-4 flex flex-wrap gap-3">
        <Link href={`/events/${event.id}/attendance`} className="btn-secondary">
          Лист для печати
        </Link>
        <a href={`/events/${event.id}/attendance.csv`} className="btn-secondary" download>
          Скачать CSV
        </a>
        <a href={`/events/${event.id}/attendance.xlsx`} className="btn-secondary" download>
          Скачать XLSX
        </a>
      </p>
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <FilterSelect
          id="status"
          name="status"
          label="Статус записи"
          value={status}
          allLabel="Все"
          options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: REGISTRATION_STATUS_NAMES[s] }))}
        />
        <button className="btn-secondary">Показать</button>
      </form>
      {rows.length ? (
        <RegistrantsTable
          eventId={event.id}
          rows={rows}
          attendanceOpen={attendanceOpen}
          attendanceNote={attendanceNote}
          seatsFree={event.capacity === null || counts.registered < event.capacity}
          saveAction={saveAttendanceAction}
          promoteAction={promoteAction}
          approveAction={approveApplicationAction}
          declineAction={declineApplicationAction}
        />
      ) : (
        <p>{status ? "Записей с таким статусом нет." : "На мероприятие пока никто не записался."}</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={{ status }} />
    </>
  );
}

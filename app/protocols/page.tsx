import Link from "next/link";
import { MeetingForm } from "@/components/protocols/meeting-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate, formatDateTime, toLocalInputValue } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";
import { listMeetings } from "@/lib/protocols/list-meetings";
import { scheduleMeetingsAction } from "./actions";

export const metadata = { title: "Совещания и протоколы" };

export default async function ProtocolsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const page = await guardPage(
    () => listMeetings(db, user, { projectId: project.id, page: pageFrom(search.page) }),
    "/protocols",
  );
  const zone = project.timezone;
  const manage = can(user, "meeting.manage");
  const regions = manage ? (await getProjectReference(db, project.id)).regions : [];
  return (
    <>
      <h1>Совещания и протоколы</h1>
      <p className="mb-4">
        {project.name}. Время — {zone}. <Link href="/assignments">Все поручения</Link> ·{" "}
        <Link href="/rating">Рейтинг регионов</Link>
      </p>
      {page.items.length === 0 ? (
        <p className="mb-6">Совещаний пока нет.</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="table">
            <caption className="sr-only">Совещания</caption>
            <thead>
              <tr>
                <th scope="col">Дата и время</th>
                <th scope="col">Совещание</th>
                <th scope="col">Протокол</th>
                <th scope="col">Поручений</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((m) => (
                <tr key={m.id}>
                  <td className="whitespace-nowrap">{formatDateTime(m.startsAt, zone)}</td>
                  <td>
                    <Link href={`/protocols/${m.id}`}>{m.title}</Link>
                  </td>
                  <td>{m.protocolNumber ? `№ ${m.protocolNumber} от ${formatDate(m.protocolDate!, "UTC")}` : "не записан"}</td>
                  <td>{m._count.assignments}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
        </div>
      )}
      {manage && (
        <>
          <h2>Назначить совещание</h2>
          <MeetingForm
            projectId={project.id}
            timezone={zone}
            regions={regions}
            defaultStartsAt={nextWednesday(zone)}
            action={scheduleMeetingsAction}
          />
        </>
      )}
    </>
  );
}

/** Seed 001 meets on Wednesdays: the next Wednesday at 10:00 in the project's zone. */
function nextWednesday(zone: string): string {
  const today = toLocalInputValue(new Date(), zone).slice(0, 10);
  const [y, m, d] = today.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const ahead = (3 - day.getUTCDay() + 7) % 7 || 7;
  return `${new Date(Date.UTC(y, m - 1, d + ahead)).toISOString().slice(0, 10)}T10:00`;
}

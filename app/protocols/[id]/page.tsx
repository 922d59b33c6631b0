import Link from "next/link";
import { ProtocolForm } from "@/components/protocols/protocol-form";
import { AssignmentStatusBadge } from "@/components/protocols/assignment-status-badge";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { localDate } from "@/lib/infra/time/period-bounds";
import { getProjectReference } from "@/lib/projects/current-project";
import { getMeeting } from "@/lib/protocols/get-meeting";
import { writeProtocolAction } from "../actions";

export const metadata = { title: "Совещание" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const meeting = await guardPage(() => getMeeting(db, user, id), `/protocols/${id}`);
  const zone = meeting.project.timezone;
  const manage = can(user, "meeting.manage") && meeting.protocolNumber === null;
  const regions = manage ? (await getProjectReference(db, meeting.projectId)).regions : [];
  const federal = meeting.participants.filter((p) => !p.regionId);
  const byRegion = new Map<string, string[]>();
  for (const p of meeting.participants.filter((x) => x.regionId)) {
    const name = p.region?.name ?? "";
    byRegion.set(name, [...(byRegion.get(name) ?? []), p.fullName]);
  }
  const now = new Date();
  return (
    <>
      <p className="mb-2">
        <Link href="/protocols">← Совещания</Link>
      </p>
      <h1>{meeting.title}</h1>
      <p className="mb-4">
        {formatDateTime(meeting.startsAt, zone)} ({zone}) · {meeting.project.name}
      </p>
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="agenda">
          <h2 id="agenda">Повестка</h2>
          {meeting.agenda.length ? (
            <ol className="list-decimal pl-5">
              {meeting.agenda.map((a) => (
                <li key={a.id}>{a.text}</li>
              ))}
            </ol>
          ) : (
            <p>Повестка не заполнена.</p>
          )}
        </section>
        <section className="card" aria-labelledby="participants">
          <h2 id="participants">Участники</h2>
          {meeting.participants.length === 0 && <p>Участники не указаны.</p>}
          <dl>
            {federal.length > 0 && (
              <>
                <dt className="font-semibold">Федеральный центр</dt>
                <dd className="mb-2">{federal.map((p) => p.fullName).join(", ")}</dd>
              </>
            )}
            {[...byRegion].map(([region, people]) => (
              <div key={region}>
                <dt className="font-semibold">{region}</dt>
                <dd className="mb-2">{people.join(", ")}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <h2>Протокол</h2>
      {meeting.protocolNumber ? (
        <>
          <p className="mb-2">
            Протокол № {meeting.protocolNumber} от {formatDate(meeting.protocolDate!, "UTC")}
          </p>
          <p className="mb-4 whitespace-pre-line">{meeting.decisions}</p>
          <h3>Поручения</h3>
          <ol className="grid gap-3">
            {meeting.assignments.map((a) => (
              <li key={a.id} className="card">
                <p className="font-semibold">
                  {a.number}. {a.text}
                </p>
                {a.items.length === 0 ? (
                  <p className="text-sm text-ink-muted">Вашим регионам это поручение не адресовано.</p>
                ) : (
                  <table className="table mt-2">
                    <caption className="sr-only">Исполнение поручения {a.number} по регионам</caption>
                    <thead>
                      <tr>
                        <th scope="col">Регион</th>
                        <th scope="col">Ответственный</th>
                        <th scope="col">Срок</th>
                        <th scope="col">Статус</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.items.map((i) => (
                        <tr key={i.id}>
                          <td>
                            <Link href={`/assignments/${i.id}`}>{i.region.name}</Link>
                          </td>
                          <td>{i.responsible?.fullName ?? "не назначен"}</td>
                          <td className="whitespace-nowrap">{formatDate(i.dueDate, "UTC")}</td>
                          <td>
                            <AssignmentStatusBadge item={i} now={now} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : manage ? (
        <ProtocolForm
          meetingId={meeting.id}
          protocolDate={localDate(meeting.startsAt, zone)}
          timezone={zone}
          regions={regions}
          action={writeProtocolAction}
        />
      ) : (
        <p>Протокол ещё не записан.</p>
      )}
    </>
  );
}

import Link from "next/link";
import { MentorMeetingsTable } from "@/components/reserve/mentor-meetings-table";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatUtcDay } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { RESERVE_STATUS_NAMES } from "@/lib/reserve/labels";
import { listMyMentees } from "@/lib/reserve/mentoring/list-my-mentees";
import { logMeetingAction } from "../actions/mentoring";

export const metadata = { title: "Мои наставляемые" };

export default async function MenteesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const page = await guardPage(() => listMyMentees(db, user, pageFrom(search.page)), "/reserve/mentees");
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <h1>Мои наставляемые</h1>
      {!page.items.length && <p>Вы пока не назначены наставником.</p>}
      {page.items.map((p) => {
        const who = p.candidate.participant.fullName;
        return (
          <section key={p.id} aria-labelledby={`pair-${p.id}`} className="card mb-6">
            <h2 id={`pair-${p.id}`}>{p.endedOn ? who : <Link href={`/reserve/candidates/${p.candidate.id}`}>{who}</Link>}</h2>
            <p className="mb-2">
              {p.candidate.reserve.targetPosition}. {RESERVE_STATUS_NAMES[p.candidate.status]}.{" "}
              {[p.candidate.participant.organization, p.candidate.participant.position].filter(Boolean).join(", ")}
            </p>
            <p className="mb-2">
              Наставничество с {formatUtcDay(p.startedOn)}
              {p.endedOn ? ` по ${formatUtcDay(p.endedOn)} (завершено)` : ""}.{p.goals ? ` Цели: ${p.goals}` : ""}
            </p>
            {p.plan && p.progress && (
              <p className="mb-2">
                ИОМ на {p.plan.year} год: выполнено {p.progress.done} из {p.progress.total} ({p.progress.percent} %).
              </p>
            )}
            <h3>Журнал встреч ({p._count.meetings})</h3>
            {p.meetings.length ? (
              <MentorMeetingsTable meetings={p.meetings} withNotes className="table mb-4" />
            ) : (
              <p className="mb-2">Встреч пока не было.</p>
            )}
            {!p.endedOn && (
              <ReserveForm
                schema="meeting"
                action={logMeetingAction}
                idPrefix={`meeting-${p.id}`}
                label={`Новая встреча: ${who}`}
                submit="Записать встречу"
                hidden={["pairId"]}
                defaults={{ pairId: p.id, heldOn: today, topic: "", notes: "", nextSteps: "" }}
                fields={[
                  { name: "heldOn", label: "Дата встречи", type: "date" },
                  { name: "topic", label: "Тема" },
                  { name: "notes", label: "Заметки", type: "textarea" },
                  { name: "nextSteps", label: "Следующие шаги", type: "textarea" },
                ]}
              />
            )}
          </section>
        );
      })}
      <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
    </>
  );
}

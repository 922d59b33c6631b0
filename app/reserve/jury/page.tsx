import Link from "next/link";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { listJuryEntries } from "@/lib/reserve/competition/list-jury-entries";
import { scoreFieldPrefix } from "@/lib/reserve/competition/schemas";
import { recordConflictAction, scoreEntryAction } from "../actions/competition";

export const metadata = { title: "Оценки жюри" };

export default async function JuryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const page = await guardPage(() => listJuryEntries(db, user, pageFrom(search.page)), "/reserve/jury");
  return (
    <>
      <h1>Оценки жюри</h1>
      {!page.items.length && <p>Вам пока не назначены участники конкурсов.</p>}
      {page.items.map((a) => {
        const who = a.entry.candidate.participant.fullName;
        return (
          <section key={a.entryId} aria-labelledby={`e-${a.entryId}`} className="card mb-6">
            <h2 id={`e-${a.entryId}`}>
              {a.conflictReason ? who : <Link href={`/reserve/candidates/${a.entry.candidate.id}`}>{who}</Link>}
            </h2>
            <p className="mb-2">
              {a.competition.title}
              {a.entry.candidate.participant.organization ? `. ${a.entry.candidate.participant.organization}` : ""}
            </p>
            {a.conflictReason ? (
              <p>Заявлен конфликт интересов: {a.conflictReason}. Оценивать этого участника нельзя.</p>
            ) : a.stage ? (
              <>
                <ReserveForm
                  schema="score"
                  action={scoreEntryAction}
                  idPrefix={`score-${a.entryId}`}
                  label={`Оценки: ${who}, этап «${a.stage.name}»`}
                  submit="Сохранить оценки"
                  hidden={["entryId", "stageId"]}
                  defaults={{
                    entryId: a.entryId,
                    stageId: a.stage.id,
                    comment: "",
                    ...Object.fromEntries(
                      a.stage.criteria.map((c) => [
                        `${scoreFieldPrefix}${c.id}`,
                        a.myScores[c.id] === undefined ? "" : String(a.myScores[c.id]),
                      ]),
                    ),
                  }}
                  fields={[
                    ...a.stage.criteria.map((c) => ({
                      name: `${scoreFieldPrefix}${c.id}`,
                      label: `${c.name} (0–${c.maxScore})`,
                      type: "number" as const,
                    })),
                    { name: "comment", label: "Комментарий", type: "textarea" as const },
                  ]}
                />
                <ReserveForm
                  schema="conflict"
                  action={recordConflictAction}
                  idPrefix={`coi-${a.entryId}`}
                  label={`Конфликт интересов: ${who}`}
                  submit="Заявить конфликт интересов"
                  hidden={["entryId"]}
                  defaults={{ entryId: a.entryId, reason: "" }}
                  fields={[{ name: "reason", label: "Конфликт интересов (родство, работа в одной организации…)" }]}
                />
              </>
            ) : (
              <p>{a.competition.closedAt ? "Конкурс завершён." : "Нет открытого этапа для оценки."}</p>
            )}
          </section>
        );
      })}
      <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
    </>
  );
}

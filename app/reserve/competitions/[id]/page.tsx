import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getCompetition } from "@/lib/reserve/competition/get-competition";
import { RESERVE_STATUS_NAMES } from "@/lib/reserve/labels";
import {
  addCriterionAction,
  addStageAction,
  assignJurorAction,
  closeStageAction,
  enterCandidateAction,
  recordConflictAction,
} from "../../actions/competition";

export const metadata = { title: "Конкурс" };

export default async function CompetitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const {
    competition: k,
    rankings,
    proposals,
    canManage,
  } = await guardPage(() => getCompetition(db, user, id), `/reserve/competitions/${id}`);
  const nameOf = (entryId: string) => k.entries.find((e) => e.id === entryId)?.candidate.participant.fullName ?? "—";
  const candidates = canManage
    ? await db.reserveCandidate.findMany({
        where: {
          reserveId: k.reserve.id,
          status: { notIn: ["appointed", "excluded"] },
          entries: { none: { competitionId: k.id } },
        },
        orderBy: { participant: { fullName: "asc" } },
        take: 200,
        select: { id: true, participant: { select: { fullName: true } } },
      })
    : [];
  return (
    <>
      <p className="mb-2">
        <Link href={`/reserve/${k.reserve.id}`}>← {k.reserve.targetPosition}</Link>
      </p>
      <h1>
        {k.title}, {k.year}
      </h1>
      {k.closedAt && (
        <section aria-labelledby="proposals" className="mb-6 rounded-md bg-ok-bg p-3">
          <h2 id="proposals">Итоговый рейтинг: рекомендованы к включению в резерв</h2>
          {proposals.length ? (
            <ol>
              {proposals.map((p) => {
                const entry = k.entries.find((e) => e.id === p.entryId)!;
                return (
                  <li key={p.entryId}>
                    <Link href={`/reserve/candidates/${entry.candidate.id}`}>{entry.candidate.participant.fullName}</Link> —{" "}
                    {p.score} баллов, {p.rank} место ({RESERVE_STATUS_NAMES[entry.candidate.status]})
                  </li>
                );
              })}
            </ol>
          ) : (
            <p>Никто не прошёл финальный этап.</p>
          )}
        </section>
      )}
      {k.stages.map((s) => (
        <section key={s.id} aria-labelledby={`stage-${s.id}`} className="mb-8">
          <h2 id={`stage-${s.id}`}>
            Этап {s.position}. {s.name} {s.closedAt ? "(итоги подведены)" : ""}
          </h2>
          <p className="mb-2">
            Проходной балл: {Number(s.passThreshold)} из 100. Критерии:{" "}
            {s.criteria.map((c) => `${c.name} (вес ${Number(c.weight)}, до ${c.maxScore})`).join("; ") || "нет"}.
          </p>
          <table className="table mb-2">
            <caption className="text-left">Рейтинг этапа {s.closedAt ? "" : "(предварительный)"}</caption>
            <thead>
              <tr>
                <th scope="col">Место</th>
                <th scope="col">Участник</th>
                <th scope="col">Балл</th>
                <th scope="col">Результат</th>
              </tr>
            </thead>
            <tbody>
              {rankings[s.id].map((r) => (
                <tr key={r.entryId}>
                  <td>{r.rank}</td>
                  <td>{nameOf(r.entryId)}</td>
                  <td>{r.score}</td>
                  <td>{r.passed ? "проходит" : "не проходит"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canManage && !s.closedAt && (
            <>
              <ReserveForm
                schema="criterion"
                action={addCriterionAction}
                idPrefix={`crit-${s.id}`}
                label={`Критерий этапа «${s.name}»`}
                submit="Добавить критерий"
                hidden={["stageId"]}
                defaults={{ stageId: s.id, name: "", weight: "1", maxScore: "10" }}
                fields={[
                  { name: "name", label: "Критерий" },
                  { name: "weight", label: "Вес", type: "number", step: "0.01" },
                  { name: "maxScore", label: "Максимальный балл", type: "number" },
                ]}
              />
              <ActionButton
                action={closeStageAction}
                fields={{ id: s.id }}
                label="Подвести итоги этапа"
                ariaLabel={`Подвести итоги этапа «${s.name}»`}
              />
            </>
          )}
        </section>
      ))}
      {canManage && !k.closedAt && (
        <ReserveForm
          schema="stage"
          action={addStageAction}
          idPrefix="stage"
          label="Новый этап"
          submit="Добавить этап"
          hidden={["competitionId"]}
          defaults={{ competitionId: k.id, name: "", passThreshold: "50" }}
          fields={[
            { name: "name", label: "Этап", hint: "Заявка, тестирование, кейс, собеседование, финал" },
            { name: "passThreshold", label: "Проходной балл (0–100)", type: "number" },
          ]}
        />
      )}
      <section aria-labelledby="entries" className="mb-8">
        <h2 id="entries">Участники и жюри</h2>
        <table className="table mb-4">
          <thead>
            <tr>
              <th scope="col">Участник</th>
              <th scope="col">Жюри</th>
              {canManage && <th scope="col">Назначить</th>}
            </tr>
          </thead>
          <tbody>
            {k.entries.map((e) => (
              <tr key={e.id}>
                <td>{e.candidate.participant.fullName}</td>
                <td>
                  {e.jury.map((j) => (
                    <div key={j.expert.id}>
                      {j.expert.fullName}
                      {j.conflictReason ? ` — конфликт интересов: ${j.conflictReason}` : ""}
                      {canManage && !j.conflictReason && (
                        <ReserveForm
                          schema="conflict"
                          action={recordConflictAction}
                          idPrefix={`coi-${e.id}-${j.expert.id}`}
                          label={`Конфликт интересов: ${j.expert.fullName}`}
                          submit="Записать конфликт"
                          hidden={["entryId", "expertId"]}
                          defaults={{ entryId: e.id, expertId: j.expert.id, reason: "" }}
                          fields={[{ name: "reason", label: "Конфликт интересов" }]}
                        />
                      )}
                    </div>
                  ))}
                </td>
                {canManage && (
                  <td>
                    <ReserveForm
                      schema="juror"
                      action={assignJurorAction}
                      idPrefix={`jury-${e.id}`}
                      label={`Жюри для ${e.candidate.participant.fullName}`}
                      submit="Назначить"
                      hidden={["entryId"]}
                      defaults={{ entryId: e.id, expertCode: "" }}
                      fields={[{ name: "expertCode", label: "Код эксперта" }]}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {canManage && !k.closedAt && candidates.length > 0 && (
          <ReserveForm
            schema="entry"
            action={enterCandidateAction}
            idPrefix="entry"
            label="Включить кандидата в конкурс"
            submit="Включить в конкурс"
            hidden={["competitionId"]}
            defaults={{ competitionId: k.id, candidateId: candidates[0].id }}
            fields={[
              {
                name: "candidateId",
                label: "Кандидат",
                type: "select",
                options: candidates.map((c) => ({ value: c.id, label: c.participant.fullName })),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

import Link from "next/link";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { CompetencyProfile } from "@/components/reserve/competency-profile";
import { TransitionForm } from "@/components/reserve/transition-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDateTime, formatUtcDay } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { listCompetencies } from "@/lib/reserve/competencies/list-competencies";
import { getCandidateCard } from "@/lib/reserve/get-candidate-card";
import { EXCLUSION_REASONS, NOMINATION_SOURCE_NAMES, RESERVE_STATUS_NAMES } from "@/lib/reserve/labels";
import { listPlannableEvents } from "@/lib/reserve/list-plannable-events";
import { transitionAction } from "../../actions/candidates";
import { assessAction } from "../../actions/competencies";
import { DiagnosticsSection } from "./diagnostics-section";
import { MentoringSection } from "./mentoring-section";
import { PlanSection } from "./plan-section";

export const metadata = { title: "Кандидат в резерв" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export default async function CandidatePage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const user = await getSessionUser();
  const card = await guardPage(() => getCandidateCard(db, user, id, pageFrom(search.page)), `/reserve/candidates/${id}`);
  const c = card.candidate;
  const competencies = await listCompetencies(db, user, c.reserve.projectId);
  const events = card.canManage ? await listPlannableEvents(db, user, c.reserve) : [];
  const canAssess = can(user, "reserve.assess");
  const mentor = c.mentorPairs.find((p) => !p.endedOn);
  const rows: [string, string | null][] = [
    ["Резерв", c.reserve.targetPosition],
    ["Организация, должность", [c.participant.organization, c.participant.position].filter(Boolean).join(", ")],
    ["Статус", RESERVE_STATUS_NAMES[c.status]],
    ["Выдвижение", `${NOMINATION_SOURCE_NAMES[c.source]}, ${formatUtcDay(c.nominatedAt)}`],
    ["Решение о включении", c.decisionNumber ? `№ ${c.decisionNumber} от ${formatUtcDay(c.decisionDate)}` : null],
    ["Срок пребывания до", c.termEndsAt ? formatUtcDay(c.termEndsAt) : null],
    ["Назначен", c.appointedPosition ? `${c.appointedPosition}, ${formatUtcDay(c.appointedAt)}` : null],
    [
      "Исключён",
      c.exclusionReason
        ? `${EXCLUSION_REASONS[c.exclusionReason as keyof typeof EXCLUSION_REASONS] ?? c.exclusionReason}, ${formatUtcDay(c.excludedAt)}`
        : null,
    ],
    ["Наставник", mentor ? `${mentor.expert.fullName} (с ${formatUtcDay(mentor.startedOn)})` : null],
  ];
  return (
    <>
      <p className="mb-2">
        {card.canManage ? (
          <Link href={`/reserve/${c.reserve.id}`}>← Резерв</Link>
        ) : (
          <Link href="/reserve/jury">← Мои участники</Link>
        )}
      </p>
      <h1>{c.participant.fullName}</h1>
      <dl className="card mb-6 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1" aria-label="Сведения о кандидате">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value || "—"}</dd>
          </div>
        ))}
      </dl>

      {card.nextStatuses.length > 0 && (
        <TransitionForm candidateId={c.id} next={[...card.nextStatuses]} action={transitionAction} />
      )}

      <section aria-labelledby="history" className="mb-8">
        <h2 id="history">История</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Когда</th>
              <th scope="col">Изменение</th>
              <th scope="col">Кто</th>
              <th scope="col">Основание</th>
            </tr>
          </thead>
          <tbody>
            {card.history.items.map((h) => (
              <tr key={h.id}>
                <td>{formatDateTime(h.at, "Europe/Moscow")}</td>
                <td>
                  {h.fromStatus ? `${RESERVE_STATUS_NAMES[h.fromStatus]} → ` : ""}
                  {RESERVE_STATUS_NAMES[h.toStatus]}
                </td>
                <td>{h.actor?.fullName ?? "—"}</td>
                <td>{h.reason ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pagination page={card.history.page} pageCount={card.history.pageCount} params={{}} />
      </section>

      <section aria-labelledby="profile" className="mb-8">
        <h2 id="profile">Профиль компетенций</h2>
        <CompetencyProfile profile={card.profile} />
        {canAssess && competencies.length > 0 && (
          <ReserveForm
            schema="assessment"
            action={assessAction}
            idPrefix="assess"
            label="Оценка компетенции"
            submit="Сохранить оценку"
            hidden={["candidateId"]}
            defaults={{ candidateId: c.id, competencyId: competencies[0].id, level: "3", rater: "supervisor" }}
            fields={[
              {
                name: "competencyId",
                label: "Компетенция",
                type: "select",
                options: competencies.map((k) => ({ value: k.id, label: `${k.area}: ${k.name}` })),
              },
              { name: "level", label: "Уровень", type: "number", hint: "От 1 до числа уровней компетенции" },
              ...(card.canManage
                ? [
                    {
                      name: "rater",
                      label: "Чья оценка",
                      type: "select" as const,
                      options: [
                        { value: "supervisor", label: "Руководитель" },
                        { value: "expert", label: "Эксперт" },
                      ],
                    },
                  ]
                : []),
              { name: "comment", label: "Комментарий", type: "textarea" },
            ]}
          />
        )}
      </section>

      <PlanSection card={card} events={events} />

      {(card.canManage || card.isMentor) && <MentoringSection card={card} />}

      {card.diagnostics && <DiagnosticsSection candidateId={c.id} diagnostics={card.diagnostics} />}
    </>
  );
}

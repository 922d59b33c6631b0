import Link from "next/link";
import { MentorMeetingsTable } from "@/components/reserve/mentor-meetings-table";
import { StoredFileList } from "@/components/files/stored-file-list";
import { ActionButton } from "@/components/forms/action-button";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { CompetencyProfile } from "@/components/reserve/competency-profile";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatUtcDay } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getMyReserve } from "@/lib/reserve/get-my-reserve";
import { listSelfNominationReserves } from "@/lib/reserve/list-self-nomination-reserves";
import { PLAN_ITEM_KIND_NAMES, PLAN_ITEM_STATUS_NAMES, RESERVE_STATUS_NAMES } from "@/lib/reserve/labels";
import { nominateSelfAction } from "@/app/reserve/actions/candidates";
import { assessAction } from "@/app/reserve/actions/competencies";
import { completePlanItemAction, registerFromPlanAction, submitPlanReportAction } from "@/app/reserve/actions/plans";
import { rateMentorAction } from "@/app/reserve/actions/mentoring";

export const metadata = { title: "Мой резерв" };

export default async function MyReservePage() {
  const user = await getSessionUser();
  const [candidacies, open] = await guardPage(
    () => Promise.all([getMyReserve(db, user), listSelfNominationReserves(db, user)]),
    "/my/reserve",
  );
  return (
    <>
      <h1>Мой резерв</h1>
      {!candidacies.length && <p className="mb-4">Вы не состоите в кадровом резерве.</p>}
      {candidacies.map((c) => (
        <article key={c.id} className="mb-10">
          <h2>{c.reserve.targetPosition}</h2>
          <p className="mb-4">
            {c.reserve.region.name}. Статус: <strong>{RESERVE_STATUS_NAMES[c.status]}</strong>
            {c.termEndsAt && <>. Срок пребывания в резерве — до {formatUtcDay(c.termEndsAt)}</>}.
          </p>
          <section aria-labelledby={`mentor-${c.id}`} className="mb-6">
            <h3 id={`mentor-${c.id}`}>Наставник</h3>
            {c.mentor ? (
              <>
                <p className="mb-2">
                  {c.mentor.expert.fullName}
                  {c.mentor.expert.organization ? `, ${c.mentor.expert.organization}` : ""}
                  {c.mentor.expert.email ? `, ${c.mentor.expert.email}` : ""}
                  {c.mentor.goals ? `. Цели: ${c.mentor.goals}` : ""}
                </p>
                {c.mentor.meetings.length > 0 && (
                  <MentorMeetingsTable
                    meetings={c.mentor.meetings}
                    caption="Встречи с наставником"
                    withNotes={false}
                    className="table mb-4"
                  />
                )}
                <ReserveForm
                  schema="mentorRating"
                  action={rateMentorAction}
                  idPrefix={`rate-${c.id}`}
                  label="Оценка наставника"
                  submit={c.myRating ? "Изменить оценку" : "Оценить наставника"}
                  hidden={["pairId"]}
                  defaults={{ pairId: c.mentor.id, rating: String(c.myRating?.rating ?? ""), comment: c.myRating?.comment ?? "" }}
                  fields={[
                    {
                      name: "rating",
                      label: `Оценка наставника за ${new Date().getUTCFullYear()} год`,
                      type: "select",
                      options: [
                        { value: "", label: "—" },
                        { value: "5", label: "5 — отлично" },
                        { value: "4", label: "4 — хорошо" },
                        { value: "3", label: "3 — удовлетворительно" },
                        { value: "2", label: "2 — плохо" },
                        { value: "1", label: "1 — очень плохо" },
                      ],
                    },
                    { name: "comment", label: "Комментарий к оценке", type: "textarea" },
                  ]}
                />
              </>
            ) : (
              <p>Наставник пока не назначен.</p>
            )}
          </section>
          <section aria-labelledby={`plan-${c.id}`} className="mb-6">
            <h3 id={`plan-${c.id}`}>Индивидуальный план развития</h3>
            {c.plan ? (
              <>
                <p className="mb-2">
                  План на {c.plan.year} год. Выполнено {c.progress?.done} из {c.progress?.total} ({c.progress?.percent} %).
                </p>
                <ul className="mb-4 space-y-4">
                  {c.plan.items.map((i) => (
                    <li key={i.id} className="card">
                      <p>
                        <strong>{i.title}</strong> — {PLAN_ITEM_KIND_NAMES[i.kind]}
                        {i.competency ? `, компетенция «${i.competency.name}»` : ""}. Срок: {formatUtcDay(i.dueDate)}. Статус:{" "}
                        {PLAN_ITEM_STATUS_NAMES[i.status]}.
                      </p>
                      {i.event && (
                        <div className="my-2 flex items-center gap-3">
                          <Link href={`/events/${i.event.id}`}>{i.event.title}</Link>
                          <ActionButton
                            action={registerFromPlanAction}
                            fields={{ id: i.id }}
                            label="Записаться"
                            ariaLabel={`Записаться: ${i.title}`}
                          />
                        </div>
                      )}
                      {i.cancelReason && <p>Причина отмены: {i.cancelReason}</p>}
                      {i.memberReport && <p>Мой отчёт: {i.memberReport}</p>}
                      {i.evidenceUrl && (
                        <p>
                          Подтверждение:{" "}
                          <a href={i.evidenceUrl} rel="noreferrer" target="_blank">
                            {i.evidenceUrl}
                          </a>
                        </p>
                      )}
                      <StoredFileList files={i.files} label={`Мои файлы к пункту «${i.title}»`} />
                      {i.mentorComment && <p>Комментарий наставника: {i.mentorComment}</p>}
                      {i.status !== "cancelled" && (
                        <ReserveForm
                          schema="completeItem"
                          action={completePlanItemAction}
                          idPrefix={`done-${i.id}`}
                          label={`Отчёт по пункту «${i.title}»`}
                          submit={i.status === "done" ? "Обновить отчёт" : "Отметить выполненным"}
                          hidden={["itemId"]}
                          defaults={{ itemId: i.id, memberReport: i.memberReport ?? "", evidenceUrl: i.evidenceUrl ?? "" }}
                          fields={[
                            { name: "memberReport", label: "Что сделано", type: "textarea" },
                            { name: "evidenceUrl", label: "Ссылка на подтверждение (файл, страница)" },
                            { name: "files", label: "Файлы-подтверждения (сертификат, программа, отчёт)", type: "file" },
                          ]}
                        />
                      )}
                    </li>
                  ))}
                </ul>
                <ReserveForm
                  schema="planReport"
                  action={submitPlanReportAction}
                  idPrefix={`report-${c.plan.id}`}
                  label="Годовой отчёт о выполнении плана"
                  submit="Отправить отчёт"
                  hidden={["planId"]}
                  defaults={{ planId: c.plan.id, report: c.plan.report ?? "" }}
                  fields={[{ name: "report", label: "Годовой отчёт (анализ — в ноябре–декабре)", type: "textarea" }]}
                />
                {c.plan.curatorConclusion && <p>Заключение куратора: {c.plan.curatorConclusion}</p>}
              </>
            ) : (
              <p>План развития ещё не составлен.</p>
            )}
          </section>
          <section aria-labelledby={`profile-${c.id}`}>
            <h3 id={`profile-${c.id}`}>Мои оценки компетенций</h3>
            <CompetencyProfile profile={c.profile} />
            {c.profile.length > 0 && (
              <ReserveForm
                schema="assessment"
                action={assessAction}
                idPrefix={`self-${c.id}`}
                label="Самооценка"
                submit="Сохранить самооценку"
                hidden={["candidateId"]}
                defaults={{ candidateId: c.id, competencyId: c.profile[0].competencyId, level: "3" }}
                fields={[
                  {
                    name: "competencyId",
                    label: "Компетенция",
                    type: "select",
                    options: c.profile.map((p) => ({ value: p.competencyId, label: p.name })),
                  },
                  { name: "level", label: "Уровень", type: "number" },
                ]}
              />
            )}
          </section>
        </article>
      ))}
      {open.length > 0 && (
        <section aria-labelledby="self-nomination">
          <h2 id="self-nomination">Самовыдвижение в резерв</h2>
          {open.map((r) => (
            <div key={r.id} className="mb-6">
              <h3>
                {r.targetPosition} ({[r.region.name, r.organization].filter(Boolean).join(", ")})
              </h3>
              {r.regulation && (
                <details className="mb-2">
                  <summary>Положение о резерве</summary>
                  <p className="whitespace-pre-line">{r.regulation}</p>
                </details>
              )}
              <ReserveForm
                schema="selfNomination"
                action={nominateSelfAction}
                idPrefix={`self-nominate-${r.id}`}
                label={`Самовыдвижение: ${r.targetPosition}`}
                submit="Выдвинуть себя"
                hidden={["reserveId"]}
                defaults={{ reserveId: r.id, reason: "" }}
                fields={[{ name: "reason", label: "Почему вы хотите в резерв (мотивация, опыт)", type: "textarea" }]}
              />
            </div>
          ))}
        </section>
      )}
    </>
  );
}

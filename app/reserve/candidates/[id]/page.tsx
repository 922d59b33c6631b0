import Link from "next/link";
import { MentorMeetingsTable } from "@/components/reserve/mentor-meetings-table";
import { StoredFileList } from "@/components/files/stored-file-list";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { CompetencyProfile } from "@/components/reserve/competency-profile";
import { TransitionForm } from "@/components/reserve/transition-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/format/format-date";
import { guardPage } from "@/lib/http/page-guard";
import { pageFrom } from "@/lib/pagination";
import { listCompetencies } from "@/lib/reserve/competencies/list-competencies";
import { getCandidateCard } from "@/lib/reserve/get-candidate-card";
import {
  EXCLUSION_REASONS,
  NOMINATION_SOURCE_NAMES,
  PLAN_ITEM_KIND_NAMES,
  PLAN_ITEM_STATUS_NAMES,
  RESERVE_STATUS_NAMES,
} from "@/lib/reserve/labels";
import {
  addDiagnosticAction,
  addPlanItemAction,
  assessAction,
  assignMentorAction,
  cancelPlanItemAction,
  commentPlanItemAction,
  concludePlanReportAction,
  createPlanAction,
  editPlanItemAction,
  transitionAction,
} from "../../actions";
import { endPairAction } from "../../mentoring-actions";

export const metadata = { title: "Кандидат в резерв" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

const day = (d: Date | null) => (d ? formatDate(d, "UTC") : "—");

export default async function CandidatePage({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const user = await getSessionUser();
  const card = await guardPage(() => getCandidateCard(db, user, id, pageFrom(search.page)), `/reserve/candidates/${id}`);
  const c = card.candidate;
  const competencies = await listCompetencies(db, user, c.reserve.projectId);
  const events = card.canManage
    ? await db.event.findMany({
        where: { projectId: c.reserve.projectId, publishedAt: { not: null }, status: "planned", startsAt: { gt: new Date() } },
        orderBy: { startsAt: "asc" },
        take: 100,
        select: { id: true, title: true, startsAt: true },
      })
    : [];
  const canAssess = can(user, "reserve.assess");
  const mentor = c.mentorPairs.find((p) => !p.endedOn);
  const rows: [string, string | null][] = [
    ["Резерв", c.reserve.targetPosition],
    ["Организация, должность", [c.participant.organization, c.participant.position].filter(Boolean).join(", ")],
    ["Статус", RESERVE_STATUS_NAMES[c.status]],
    ["Выдвижение", `${NOMINATION_SOURCE_NAMES[c.source]}, ${day(c.nominatedAt)}`],
    ["Решение о включении", c.decisionNumber ? `№ ${c.decisionNumber} от ${day(c.decisionDate)}` : null],
    ["Срок пребывания до", c.termEndsAt ? day(c.termEndsAt) : null],
    ["Назначен", c.appointedPosition ? `${c.appointedPosition}, ${day(c.appointedAt)}` : null],
    [
      "Исключён",
      c.exclusionReason
        ? `${EXCLUSION_REASONS[c.exclusionReason as keyof typeof EXCLUSION_REASONS] ?? c.exclusionReason}, ${day(c.excludedAt)}`
        : null,
    ],
    ["Наставник", mentor ? `${mentor.expert.fullName} (с ${day(mentor.startedOn)})` : null],
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

      <section aria-labelledby="plan" className="mb-8">
        <h2 id="plan">Индивидуальный план развития</h2>
        {card.plan ? (
          <>
            <p className="mb-2">
              ИОМ на {card.plan.year} год. Выполнено: {card.progress?.done} из {card.progress?.total} ({card.progress?.percent}{" "}
              %).
            </p>
            {card.plan.goals && <p className="mb-2 whitespace-pre-line">{card.plan.goals}</p>}
            <table className="table mb-4">
              <thead>
                <tr>
                  <th scope="col">Пункт</th>
                  <th scope="col">Вид</th>
                  <th scope="col">Компетенция</th>
                  <th scope="col">Срок</th>
                  <th scope="col">Статус</th>
                  <th scope="col">Отчёт участника</th>
                  <th scope="col">Комментарий</th>
                  {card.canManage && <th scope="col">Изменение</th>}
                </tr>
              </thead>
              <tbody>
                {card.plan.items.map((i) => (
                  <tr key={i.id}>
                    <td>{i.event ? <Link href={`/events/${i.event.id}`}>{i.title}</Link> : i.title}</td>
                    <td>{PLAN_ITEM_KIND_NAMES[i.kind]}</td>
                    <td>{i.competency?.name ?? "—"}</td>
                    <td>{day(i.dueDate)}</td>
                    <td>{PLAN_ITEM_STATUS_NAMES[i.status]}</td>
                    <td>
                      {i.memberReport ?? "—"}
                      {i.evidenceUrl && (
                        <>
                          {" "}
                          <a href={i.evidenceUrl} rel="noreferrer" target="_blank">
                            подтверждение
                          </a>
                        </>
                      )}
                      <StoredFileList files={i.files} label={`Файлы к пункту «${i.title}»`} />
                    </td>
                    <td>
                      {i.mentorComment ?? "—"}
                      {(card.canManage || card.isMentor) && (
                        <ReserveForm
                          schema="commentItem"
                          action={commentPlanItemAction}
                          idPrefix={`comment-${i.id}`}
                          label={`Комментарий к пункту «${i.title}»`}
                          submit="Комментировать"
                          hidden={["itemId"]}
                          defaults={{ itemId: i.id, comment: i.mentorComment ?? "" }}
                          fields={[{ name: "comment", label: "Комментарий наставника/куратора" }]}
                        />
                      )}
                    </td>
                    {card.canManage && (
                      <td>
                        {i.status === "cancelled" ? (
                          (i.cancelReason ?? "—")
                        ) : (
                          <details>
                            <summary>Изменить или отменить</summary>
                            <ReserveForm
                              schema="editPlanItem"
                              action={editPlanItemAction}
                              idPrefix={`edit-${i.id}`}
                              label={`Изменить пункт «${i.title}»`}
                              submit="Сохранить пункт"
                              hidden={["itemId", "kind", "eventId"]}
                              defaults={{
                                itemId: i.id,
                                kind: i.kind,
                                eventId: i.eventId ?? "",
                                title: i.title,
                                competencyId: i.competencyId ?? "",
                                dueDate: i.dueDate.toISOString().slice(0, 10),
                              }}
                              fields={[
                                { name: "title", label: "Содержание" },
                                {
                                  name: "competencyId",
                                  label: "Развиваемая компетенция",
                                  type: "select",
                                  options: [
                                    { value: "", label: "—" },
                                    ...card.profile.map((p) => ({ value: p.competencyId, label: p.name })),
                                  ],
                                },
                                { name: "dueDate", label: "Срок", type: "date" },
                              ]}
                            />
                            {i.status === "planned" && (
                              <ReserveForm
                                schema="cancelItem"
                                action={cancelPlanItemAction}
                                idPrefix={`cancel-${i.id}`}
                                label={`Отменить пункт «${i.title}»`}
                                submit="Отменить пункт"
                                hidden={["itemId"]}
                                defaults={{ itemId: i.id, reason: "" }}
                                fields={[{ name: "reason", label: "Причина отмены" }]}
                              />
                            )}
                          </details>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {card.plan.report && (
              <p className="mb-4 whitespace-pre-line">
                <strong>Годовой отчёт</strong> ({day(card.plan.reportSubmittedAt)}): {card.plan.report}
              </p>
            )}
            {card.plan.curatorConclusion && !card.canManage && (
              <p className="mb-4 whitespace-pre-line">
                <strong>Заключение куратора:</strong> {card.plan.curatorConclusion}
              </p>
            )}
            {card.canManage && card.plan.reportSubmittedAt && (
              <ReserveForm
                schema="conclusion"
                action={concludePlanReportAction}
                idPrefix="conclusion"
                label="Заключение куратора по годовому отчёту"
                submit="Сохранить заключение"
                hidden={["planId"]}
                defaults={{ planId: card.plan.id, conclusion: card.plan.curatorConclusion ?? "" }}
                fields={[{ name: "conclusion", label: "Заключение куратора", type: "textarea" }]}
              />
            )}
            {card.canManage && (
              <ReserveForm
                schema="planItem"
                action={addPlanItemAction}
                idPrefix="item"
                label="Новый пункт плана"
                submit="Добавить пункт"
                hidden={["planId"]}
                defaults={{ planId: card.plan.id, kind: "task", title: "", competencyId: "", eventId: "", dueDate: "" }}
                fields={[
                  {
                    name: "kind",
                    label: "Вид",
                    type: "select",
                    options: Object.entries(PLAN_ITEM_KIND_NAMES).map(([value, label]) => ({ value, label })),
                  },
                  { name: "title", label: "Содержание" },
                  {
                    name: "competencyId",
                    label: "Развиваемая компетенция",
                    type: "select",
                    options: [
                      { value: "", label: "—" },
                      ...card.profile.map((p) => ({ value: p.competencyId, label: `${p.name}${p.deficit ? " (дефицит)" : ""}` })),
                    ],
                  },
                  {
                    name: "eventId",
                    label: "Мероприятие портала",
                    type: "select",
                    options: [
                      { value: "", label: "—" },
                      ...events.map((e) => ({ value: e.id, label: `${e.title}, ${formatDate(e.startsAt, "Europe/Moscow")}` })),
                    ],
                  },
                  { name: "dueDate", label: "Срок", type: "date" },
                ]}
              />
            )}
          </>
        ) : (
          <p className="mb-2">Плана пока нет.</p>
        )}
        {card.canManage && (c.status === "included" || c.status === "in_development") && (
          <ReserveForm
            schema="plan"
            action={createPlanAction}
            idPrefix="plan"
            label="Новый план развития"
            submit="Создать план"
            hidden={["candidateId"]}
            defaults={{ candidateId: c.id, year: String(new Date().getFullYear()), goals: "" }}
            fields={[
              { name: "year", label: "Год плана", type: "number" },
              { name: "goals", label: "Цели развития", type: "textarea" },
            ]}
          />
        )}
      </section>

      {(card.canManage || card.isMentor) && (
        <section aria-labelledby="mentor" className="mb-8">
          <h2 id="mentor">Наставничество</h2>
          {c.mentorPairs.length ? (
            c.mentorPairs.map((p) => (
              <div key={p.id} className="mb-4">
                <p className="mb-2">
                  <strong>{p.expert.fullName}</strong>, с {day(p.startedOn)}
                  {p.endedOn ? ` по ${day(p.endedOn)}` : ""}.{p.goals ? ` Цели: ${p.goals}` : ""}
                  {p.ratings.length > 0 &&
                    ` Оценки наставляемого: ${p.ratings.map((r) => `${r.year} — ${r.rating}${r.comment ? ` («${r.comment}»)` : ""}`).join("; ")}.`}
                </p>
                {card.canManage && !p.endedOn && (
                  <ReserveForm
                    schema="endPair"
                    action={endPairAction}
                    idPrefix={`end-${p.id}`}
                    label={`Завершить наставничество: ${p.expert.fullName}`}
                    submit="Завершить наставничество"
                    hidden={["pairId"]}
                    defaults={{ pairId: p.id, endedOn: new Date().toISOString().slice(0, 10) }}
                    fields={[{ name: "endedOn", label: "Дата окончания", type: "date" }]}
                  />
                )}
                {p.meetings.length > 0 && <MentorMeetingsTable meetings={p.meetings} caption="Журнал встреч" withNotes />}
              </div>
            ))
          ) : (
            <p className="mb-2">Наставник не назначен.</p>
          )}
          {card.canManage && (
            <ReserveForm
              schema="mentor"
              action={assignMentorAction}
              idPrefix="mentor"
              label="Назначить наставника"
              submit="Назначить наставника"
              hidden={["candidateId"]}
              defaults={{ candidateId: c.id, expertCode: "", goals: "", startedOn: "" }}
              fields={[
                { name: "expertCode", label: "Код эксперта-наставника" },
                { name: "goals", label: "Цели наставничества", type: "textarea" },
                { name: "startedOn", label: "Начало", type: "date" },
              ]}
            />
          )}
        </section>
      )}

      {card.diagnostics && (
        <section aria-labelledby="diagnostics" className="mb-8">
          <h2 id="diagnostics">Психолого-педагогическая диагностика</h2>
          <p className="mb-2 text-sm text-ink-muted">
            Сведения конфиденциальны; каждый просмотр записывается в журнал доступа к персональным данным.
          </p>
          {card.diagnostics.length ? (
            <table className="table mb-4">
              <thead>
                <tr>
                  <th scope="col">Дата</th>
                  <th scope="col">Методика</th>
                  <th scope="col">Результат</th>
                  <th scope="col">Файлы</th>
                </tr>
              </thead>
              <tbody>
                {card.diagnostics.map((d) => (
                  <tr key={d.id}>
                    <td>{day(d.heldOn)}</td>
                    <td>{d.method}</td>
                    <td className="whitespace-pre-line">{d.summary}</td>
                    <td>
                      {d.fileUrl && (
                        <a href={d.fileUrl} rel="noreferrer" target="_blank">
                          ссылка
                        </a>
                      )}
                      <StoredFileList files={d.files} label={`Файлы диагностики «${d.method}»`} />
                      {!d.fileUrl && !d.files.length && "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="mb-2">Диагностика не проводилась.</p>
          )}
          <ReserveForm
            schema="diagnostic"
            action={addDiagnosticAction}
            idPrefix="diag"
            label="Результат диагностики"
            submit="Записать результат"
            hidden={["candidateId"]}
            defaults={{ candidateId: c.id, method: "", heldOn: "", summary: "", fileUrl: "" }}
            fields={[
              { name: "method", label: "Методика" },
              { name: "heldOn", label: "Дата", type: "date" },
              { name: "summary", label: "Результат", type: "textarea" },
              { name: "files", label: "Файлы (заключение, протокол методики)", type: "file" },
              { name: "fileUrl", label: "Ссылка на файл (необязательно)" },
            ]}
          />
        </section>
      )}
    </>
  );
}

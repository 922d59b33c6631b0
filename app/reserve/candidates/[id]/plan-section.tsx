// The candidate card's individual development plan (ИОМ): items with their reports, files and comments;
// the curator edits, cancels and adds items, and writes the conclusion on the annual report.
import Link from "next/link";
import { StoredFileList } from "@/components/files/stored-file-list";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { formatDate, formatUtcDay } from "@/lib/infra/time/format-date";
import type { CandidateCard } from "@/lib/reserve/get-candidate-card";
import type { PlannableEvent } from "@/lib/reserve/list-plannable-events";
import { PLAN_ITEM_KIND_NAMES, PLAN_ITEM_STATUS_NAMES } from "@/lib/reserve/labels";
import {
  addPlanItemAction,
  cancelPlanItemAction,
  commentPlanItemAction,
  concludePlanReportAction,
  createPlanAction,
  editPlanItemAction,
} from "../../actions/plans";

export function PlanSection({ card, events }: { card: CandidateCard; events: PlannableEvent[] }) {
  const c = card.candidate;
  return (
    <section aria-labelledby="plan" className="mb-8">
      <h2 id="plan">Индивидуальный план развития</h2>
      {card.plan ? (
        <>
          <p className="mb-2">
            ИОМ на {card.plan.year} год. Выполнено: {card.progress?.done} из {card.progress?.total} ({card.progress?.percent} %).
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
                  <td>{formatUtcDay(i.dueDate)}</td>
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
              <strong>Годовой отчёт</strong> ({formatUtcDay(card.plan.reportSubmittedAt)}): {card.plan.report}
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
  );
}

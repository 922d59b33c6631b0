import Link from "next/link";
import { currentCycleYear } from "@/lib/infra/time/current-cycle-year";
import { MONTHS_NOMINATIVE } from "@/lib/infra/time/month-names";
import { ActionButton } from "@/components/forms/action-button";
import { FilterSelect } from "@/components/forms/filter-select";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { Pagination } from "@/components/ui/pagination";
import { regionsVisibleTo } from "@/lib/auth/policy/regions-visible-to";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatUtcDay } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";
import { listCyclogram, type TaskFilter } from "@/lib/reserve/cyclogram/list-cyclogram";
import { generateYearAction, loadTemplateAction, saveActivityAction, setTaskDoneAction, setTaskOwnerAction } from "./actions";

export const metadata = { title: "Циклограмма кадрового резерва" };

type Props = { searchParams: Promise<{ region?: string; year?: string; status?: string; page?: string }> };

const MONTH_OPTIONS = MONTHS_NOMINATIVE.map((m, i) => ({ value: String(i + 1), label: m }));
const STATE_NAMES = { done: "Выполнено", overdue: "Просрочено", in_progress: "Идёт", upcoming: "Предстоит" } as const;
const FILTERS = { open: "Не выполненные", overdue: "Просроченные", done: "Выполненные" } as const;

export default async function CyclogramPage({ searchParams }: Props) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const regions = regionsVisibleTo(user, "cyclogram.read", (await getProjectReference(db, project.id)).regions);
  const region = regions.find((r) => r.id === search.region) ?? regions[0];
  const y = Number(search.year);
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : currentCycleYear(new Date());
  const status = (search.status && search.status in FILTERS ? search.status : undefined) as TaskFilter;
  const data = await guardPage(
    () =>
      listCyclogram(db, user, {
        projectId: project.id,
        regionId: region?.id ?? "",
        year,
        status,
        page: pageFrom(search.page),
      }),
    "/reserve/cyclogram",
  );
  if (!region) return <p>В проекте нет регионов.</p>;
  const scope = { projectId: project.id, regionId: region.id };
  const ownerOptions = [
    { value: "", label: "— координаторы региона —" },
    ...data.owners.map((o) => ({ value: o.id, label: o.fullName })),
  ];
  const activityFields = [
    { name: "title", label: "Мероприятие" },
    { name: "startMonth", label: "Месяц начала", type: "select" as const, options: MONTH_OPTIONS },
    { name: "endMonth", label: "Месяц окончания", type: "select" as const, options: MONTH_OPTIONS },
    { name: "owner", label: "Ответственный (как в плане)" },
    { name: "ownerUserId", label: "Кому ставить задачу", type: "select" as const, options: ownerOptions },
    { name: "remindDays", label: "Напомнить за, дней", type: "number" as const },
  ];
  return (
    <>
      <p className="mb-2">
        <Link href="/reserve">← Кадровый резерв</Link>
      </p>
      <h1>
        Циклограмма кадрового резерва: {region.name}, цикл {year}/{year + 1}
      </h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="region" className="label">
            Регион
          </label>
          <select id="region" name="region" defaultValue={region.id} className="input">
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="year" className="label">
            Цикл (год начала, сентябрь)
          </label>
          <input id="year" name="year" type="number" defaultValue={year} className="input" />
        </div>
        <FilterSelect
          id="status"
          name="status"
          label="Задачи"
          value={status}
          allLabel="Все"
          options={Object.entries(FILTERS).map(([value, label]) => ({ value, label }))}
        />
        <button className="btn">Показать</button>
      </form>

      <section aria-labelledby="tasks" className="mb-8">
        <h2 id="tasks">Задачи цикла</h2>
        {data.overdue > 0 && (
          <p role="status" className="mb-2 text-bad">
            Просрочено задач: {data.overdue}
          </p>
        )}
        {data.tasks.items.length ? (
          <div className="overflow-x-auto">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Мероприятие</th>
                  <th scope="col">Сроки</th>
                  <th scope="col">Ответственный</th>
                  <th scope="col">Состояние</th>
                  {data.canManage && <th scope="col">Отметка</th>}
                </tr>
              </thead>
              <tbody>
                {data.tasks.items.map((t) => (
                  <tr key={t.id}>
                    <td>{t.title}</td>
                    <td>
                      {formatUtcDay(t.startsOn)} — {formatUtcDay(t.dueOn)}
                    </td>
                    <td>
                      {t.owner}
                      {t.ownerUser ? ` (${t.ownerUser.fullName})` : ""}
                      {data.canManage && !t.doneAt && (
                        <details>
                          <summary>Передать</summary>
                          <ReserveForm
                            schema="taskOwner"
                            action={setTaskOwnerAction}
                            idPrefix={`owner-${t.id}`}
                            label={`Ответственный за «${t.title}»`}
                            submit="Назначить"
                            hidden={["id"]}
                            defaults={{ id: t.id, ownerUserId: t.ownerUserId ?? "" }}
                            fields={[
                              { name: "ownerUserId", label: "Кому поставить задачу", type: "select", options: ownerOptions },
                            ]}
                          />
                        </details>
                      )}
                    </td>
                    <td>
                      {STATE_NAMES[t.state]}
                      {t.doneAt ? `, ${formatUtcDay(t.doneAt)}` : ""}
                    </td>
                    {data.canManage && (
                      <td>
                        <ActionButton
                          action={setTaskDoneAction}
                          fields={{ id: t.id, done: t.doneAt ? "false" : "true" }}
                          label={t.doneAt ? "Снять отметку" : "Выполнено"}
                          ariaLabel={`${t.doneAt ? "Снять отметку" : "Выполнено"}: ${t.title}`}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mb-2">Задач нет{data.canManage ? ": сформируйте год по шаблону ниже" : ""}.</p>
        )}
        <Pagination
          page={data.tasks.page}
          pageCount={data.tasks.pageCount}
          params={{ region: region.id, year: String(year), status }}
        />
        {data.canManage && (
          <ReserveForm
            schema="generateYear"
            action={generateYearAction}
            idPrefix="generate"
            label="Сформировать задачи цикла"
            submit="Сформировать год"
            hidden={["projectId", "regionId"]}
            defaults={{ ...scope, year: String(year) }}
            fields={[
              { name: "year", label: "Цикл (год начала)", type: "number", hint: "Повторное формирование не создаёт дублей" },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="template">
        <h2 id="template">Шаблон циклограммы</h2>
        {data.activities.length ? (
          <ul className="mb-4 space-y-2">
            {data.activities.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong>: {MONTHS_NOMINATIVE[a.startMonth - 1]} — {MONTHS_NOMINATIVE[a.endMonth - 1]}. {a.owner}
                {a.ownerUser ? ` (${a.ownerUser.fullName})` : ""}. Напоминание за {a.remindDays} дн.
                {a.archivedAt ? " В архиве." : ""}
                {data.canManage && (
                  <details>
                    <summary>Изменить</summary>
                    <ReserveForm
                      schema="activity"
                      action={saveActivityAction}
                      idPrefix={`activity-${a.id}`}
                      label={`Мероприятие циклограммы «${a.title}»`}
                      submit="Сохранить"
                      hidden={["id", "projectId", "regionId"]}
                      defaults={{
                        id: a.id,
                        ...scope,
                        title: a.title,
                        startMonth: String(a.startMonth),
                        endMonth: String(a.endMonth),
                        owner: a.owner,
                        ownerUserId: a.ownerUserId ?? "",
                        remindDays: String(a.remindDays),
                        archived: a.archivedAt ? "true" : "false",
                      }}
                      fields={[
                        ...activityFields,
                        {
                          name: "archived",
                          label: "Состояние",
                          type: "select",
                          options: [
                            { value: "false", label: "Действует" },
                            { value: "true", label: "В архиве (год не формирует)" },
                          ],
                        },
                      ]}
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-2">Шаблон пуст.</p>
        )}
        {data.canManage && (
          <>
            <div className="mb-4">
              <ActionButton action={loadTemplateAction} fields={scope} label="Загрузить типовую циклограмму" />
            </div>
            <ReserveForm
              schema="activity"
              action={saveActivityAction}
              idPrefix="activity-new"
              label="Новое мероприятие циклограммы"
              submit="Добавить мероприятие"
              hidden={["projectId", "regionId"]}
              defaults={{ ...scope, title: "", startMonth: "9", endMonth: "10", owner: "", ownerUserId: "", remindDays: "14" }}
              fields={activityFields}
            />
          </>
        )}
      </section>
    </>
  );
}

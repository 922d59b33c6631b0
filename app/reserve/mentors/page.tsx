import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";
import { getMentorEffectiveness } from "@/lib/reserve/mentoring/get-mentor-effectiveness";

export const metadata = { title: "Наставники кадрового резерва" };

type Props = { searchParams: Promise<{ year?: string; page?: string }> };

export default async function MentorsPage({ searchParams }: Props) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const y = Number(search.year);
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : new Date().getFullYear();
  const data = await guardPage(
    () => getMentorEffectiveness(db, user, project.id, year, pageFrom(search.page)),
    "/reserve/mentors",
  );
  return (
    <>
      <p className="mb-2">
        <Link href="/reserve">← Кадровый резерв</Link>
      </p>
      <h1>Наставники: эффективность, {year}</h1>
      <p className="mb-4 max-w-3xl text-sm text-ink-muted">
        По наставническим парам, действовавшим в году: выполнение ИОМ наставляемых на этот год (выполнено из неотменённых пунктов;
        без плана — не учитываются), назначения наставляемых на должность в году после начала наставничества, встречи из журнала и
        оценки наставляемых (1–5).
      </p>
      <form method="get" className="mb-4 flex items-end gap-4">
        <div>
          <label htmlFor="year" className="label">
            Год
          </label>
          <input id="year" name="year" type="number" defaultValue={year} className="input" />
        </div>
        <button className="btn">Показать</button>
      </form>
      {data.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Наставник</th>
                <th scope="col">Наставляемых (сейчас)</th>
                <th scope="col">Встреч</th>
                <th scope="col">Выполнение ИОМ</th>
                <th scope="col">Назначены</th>
                <th scope="col">Оценка</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((m) => (
                <tr key={m.expertId}>
                  <td>
                    {m.fullName}
                    {m.organization ? `, ${m.organization}` : ""}
                  </td>
                  <td>
                    {m.mentees} ({m.activeMentees})
                  </td>
                  <td>{m.meetings}</td>
                  <td>
                    {m.planCompletion === null ? "—" : `${m.planCompletion} %`}
                    {m.menteesWithPlan ? ` (планов: ${m.menteesWithPlan})` : ""}
                  </td>
                  <td>{m.appointed}</td>
                  <td>{m.meanRating === null ? "—" : `${m.meanRating} (оценок: ${m.ratings})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>В этом году наставнических пар нет.</p>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} params={{ year: String(year) }} />
    </>
  );
}

import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getCurrentProject } from "@/lib/projects/current-project";
import { getReserveDashboard } from "@/lib/reserve/get-reserve-dashboard";

export const metadata = { title: "Показатели кадрового резерва" };

export default async function ReserveDashboardPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const y = Number(search.year);
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : new Date().getFullYear();
  const d = await guardPage(() => getReserveDashboard(db, user, project.id, year), "/reserve/dashboard");
  const t = d.totals;
  const pct = (a: number, b: number) => (b ? `${Math.round((a * 100) / b)} %` : "—");
  return (
    <>
      <p className="mb-2">
        <Link href="/reserve">← Кадровый резерв</Link>
      </p>
      <h1>Показатели кадрового резерва, {year}</h1>
      <form method="get" className="mb-4 flex items-end gap-4">
        <div>
          <label htmlFor="year" className="label">
            Год
          </label>
          <input id="year" name="year" type="number" defaultValue={year} className="input" />
        </div>
        <button className="btn">Показать</button>
      </form>
      <p className="card mb-6" role="status">
        В резерве {t.members} человек (мест {t.capacity}), {t.competitionParticipants} участвовали в конкурсе. Включено за год:{" "}
        {t.inflow}, назначено: {t.appointedThisYear}, исключено: {t.excludedThisYear}. С планом развития на год: {t.withPlan} (
        {pct(t.withPlan, t.members)}). Среднее время до назначения:{" "}
        {t.avgDaysToAppointment === null ? "—" : `${t.avgDaysToAppointment} дн.`}
      </p>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Резерв</th>
              <th scope="col">Регион</th>
              <th scope="col">В резерве / мест</th>
              <th scope="col">Включено</th>
              <th scope="col">Назначено</th>
              <th scope="col">Исключено</th>
              <th scope="col">С ИОМ</th>
              <th scope="col">Выполнение ИОМ</th>
              <th scope="col">Дней до назначения</th>
              <th scope="col">Участники конкурса</th>
            </tr>
          </thead>
          <tbody>
            {d.reserves.map((r) => (
              <tr key={r.reserveId}>
                <td>
                  <Link href={`/reserve/${r.reserveId}`}>{r.targetPosition}</Link>
                </td>
                <td>{r.regionName}</td>
                <td>
                  {r.members} / {r.capacity}
                </td>
                <td>{r.inflow}</td>
                <td>{r.appointedThisYear}</td>
                <td>{r.excludedThisYear}</td>
                <td>
                  {r.withPlan} ({pct(r.withPlan, r.members)})
                </td>
                <td>{r.planCompletion === null ? "—" : `${r.planCompletion} %`}</td>
                <td>{r.avgDaysToAppointment ?? "—"}</td>
                <td>{r.competitionParticipants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

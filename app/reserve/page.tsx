import Link from "next/link";
import { ReserveForm } from "@/components/reserve/reserve-form";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { regionsVisibleTo } from "@/lib/auth/policy/regions-visible-to";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";
import { listReserves } from "@/lib/reserve/list-reserves";
import { saveReserveAction } from "./actions/reserves";

export const metadata = { title: "Кадровый резерв" };

export default async function ReservesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const page = await guardPage(() => listReserves(db, user, project.id, pageFrom(search.page)), "/reserve");
  const canManage = can(user, "reserve.manage");
  // the regions a new reserve may be created in
  const regions = canManage ? regionsVisibleTo(user, "reserve.manage", (await getProjectReference(db, project.id)).regions) : [];
  return (
    <>
      <h1>Кадровый резерв</h1>
      <p className="mb-4">
        <Link href="/reserve/dashboard">Показатели резерва</Link>
        {can(user, "mentoring.read") && (
          <>
            {" · "}
            <Link href="/reserve/mentors">Наставники</Link>
          </>
        )}
        {can(user, "cyclogram.read") && (
          <>
            {" · "}
            <Link href="/reserve/cyclogram">Циклограмма</Link>
          </>
        )}
        {can(user, "competency.manage") && (
          <>
            {" · "}
            <Link href="/reserve/competencies">Матрица компетенций</Link>
          </>
        )}
      </p>
      {page.items.length ? (
        <div className="mb-6 overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Целевая должность</th>
                <th scope="col">Регион, организация</th>
                <th scope="col">В резерве / мест</th>
                <th scope="col">Кандидатов в работе</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/reserve/${r.id}`}>{r.targetPosition}</Link> ({r.code})
                  </td>
                  <td>{[r.region.name, r.organization].filter(Boolean).join(", ")}</td>
                  <td>
                    {r.members} / {r.capacity}
                  </td>
                  <td>{r.others}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mb-6">Резервы ещё не созданы.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
      {canManage && regions.length > 0 && (
        <section aria-labelledby="new-reserve">
          <h2 id="new-reserve">Новый резерв</h2>
          <ReserveForm
            schema="reserve"
            action={saveReserveAction}
            idPrefix="reserve"
            label="Новый резерв"
            submit="Создать резерв"
            hidden={["projectId"]}
            defaults={{
              projectId: project.id,
              regionId: regions[0].id,
              capacity: "35",
              termMonths: "36",
              code: "",
              targetPosition: "",
              regulation: "",
            }}
            fields={[
              { name: "code", label: "Код" },
              {
                name: "targetPosition",
                label: "Целевая должность",
                hint: "Например, «Руководитель общеобразовательной организации»",
              },
              {
                name: "regionId",
                label: "Регион",
                type: "select",
                options: regions.map((r) => ({ value: r.id, label: r.name })),
              },
              { name: "organization", label: "Район / организация" },
              { name: "capacity", label: "Численность резерва", type: "number" },
              { name: "termMonths", label: "Срок пребывания, месяцев", type: "number" },
              { name: "regulation", label: "Положение о резерве", type: "textarea" },
            ]}
          />
        </section>
      )}
    </>
  );
}

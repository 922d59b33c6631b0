import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { guardPage } from "@/lib/http/page-guard";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listReference } from "@/lib/reference/list-reference";

export const metadata = { title: "Справочники" };

export default async function ReferencePage() {
  const t = await getTranslations();
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const ref = await guardPage(() => listReference(db, user, project.id), "/admin/reference");
  const p = ref.project;
  return (
    <>
      <h1>{t("nav.reference")}</h1>
      <p className="mb-6">
        {p.name} · {p.year} · часовой пояс проекта {p.timezone}
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <section>
          <h2>Целевые показатели</h2>
          <ul className="list-disc pl-5">
            <li>Проведено мероприятий: не менее {p.targetEventsHeld}</li>
            <li>Категорий участников: не менее {p.targetCategoriesCovered}</li>
            <li>Направлений деятельности: не менее {p.targetDirectionsCovered}</li>
            <li>Независимых экспертов в каждом регионе: не менее {p.targetExpertsPerRegion}</li>
            <li>Информационных ресурсов в каждом регионе: не менее {p.targetInfoResourcesPerRegion}</li>
            <li>Средняя удовлетворённость: не ниже {p.targetSatisfactionAvg.toString()}</li>
          </ul>
        </section>
        <section>
          <h2>Регионы</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Код</th>
                <th scope="col">Название</th>
                <th scope="col">Часовой пояс</th>
              </tr>
            </thead>
            <tbody>
              {ref.regions.map((r) => (
                <tr key={r.id}>
                  <td>{r.code}</td>
                  <td>{r.name}</td>
                  <td>{r.timezone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>Категории участников ({ref.categories.length})</h2>
          <ul className="list-disc pl-5">
            {ref.categories.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2>Направления деятельности ({ref.directions.length})</h2>
          <ul className="list-disc pl-5">
            {ref.directions.map((d) => (
              <li key={d.id}>{d.name}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

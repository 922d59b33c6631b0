import { ReserveForm } from "@/components/reserve/reserve-form";
import { authorize } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listCompetencies } from "@/lib/reserve/competencies/list-competencies";
import { saveCompetencyAction } from "../actions/competencies";

export const metadata = { title: "Матрица компетенций" };

export default async function CompetenciesPage() {
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const list = await guardPage(async () => {
    authorize(user, "competency.manage");
    return listCompetencies(db, user, project.id);
  }, "/reserve/competencies");
  const fields = [
    { name: "area", label: "Область (стратегическое управление, управление командой…)" },
    { name: "name", label: "Компетенция" },
    { name: "levels", label: "Описания уровней, каждый с новой строки (4 или 5)", type: "textarea" as const },
    { name: "position", label: "Порядок", type: "number" as const },
  ];
  return (
    <>
      <h1>Матрица компетенций</h1>
      {list.map((k) => (
        <details key={k.id} className="mb-2">
          <summary>
            {k.area}: {k.name} ({k.levels.length} ур.)
          </summary>
          <ReserveForm
            schema="competency"
            action={saveCompetencyAction}
            idPrefix={`k-${k.id}`}
            label={`Компетенция ${k.name}`}
            submit="Сохранить"
            hidden={["id", "projectId"]}
            defaults={{
              id: k.id,
              projectId: project.id,
              area: k.area,
              name: k.name,
              levels: k.levels.join("\n"),
              position: String(k.position),
            }}
            fields={fields}
          />
        </details>
      ))}
      <h2>Новая компетенция</h2>
      <ReserveForm
        schema="competency"
        action={saveCompetencyAction}
        idPrefix="k-new"
        label="Новая компетенция"
        submit="Добавить компетенцию"
        hidden={["projectId"]}
        defaults={{ projectId: project.id, area: "", name: "", levels: "", position: "0" }}
        fields={fields}
      />
    </>
  );
}

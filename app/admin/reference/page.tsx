import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { FormatNamesForm, ProjectTargetsForm, ReferenceItemForm, RegionForm } from "@/components/reference/reference-forms";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listReference } from "@/lib/reference/list-reference";
import {
  saveFormatNamesAction,
  saveProjectTargetsAction,
  saveReferenceItemAction,
  saveRegionAction,
  setReferenceStateAction,
} from "./actions";

export const metadata = { title: "Справочники" };

type Search = { region?: string; category?: string; direction?: string };
type Item = { id: string; code: string; name: string; archivedAt: Date | null };

export default async function ReferencePage({ searchParams }: { searchParams: Promise<Search> }) {
  const [t, search, user] = await Promise.all([getTranslations(), searchParams, getSessionUser()]);
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const ref = await guardPage(() => listReference(db, user, project.id), "/admin/reference");
  const p = ref.project;
  const editedRegion = ref.regions.find((r) => r.id === search.region);

  const stateButton = (kind: "category" | "direction" | "region", item: Item) => (
    <ActionButton
      action={setReferenceStateAction}
      fields={{ kind, projectId: p.id, id: item.id, intent: item.archivedAt ? "restore" : "remove" }}
      label={item.archivedAt ? "Вернуть" : "Удалить"}
      ariaLabel={`${item.archivedAt ? "Вернуть из архива" : "Удалить или перенести в архив"}: ${item.name}`}
    />
  );
  const itemTable = (kind: "category" | "direction", items: Item[], caption: string) => (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Код</th>
            <th scope="col">Название</th>
            <th scope="col">Состояние</th>
            <th scope="col">Действия</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{item.code}</td>
              <td>{item.name}</td>
              <td>{item.archivedAt ? "В архиве" : "Используется"}</td>
              <td className="flex flex-wrap gap-2">
                <Link href={`/admin/reference?${kind}=${item.id}#${kind}-form`} aria-label={`Изменить: ${item.name}`}>
                  Изменить
                </Link>
                {stateButton(kind, item)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const itemForm = (kind: "category" | "direction", items: Item[], noun: string) => {
    const edited = items.find((i) => i.id === search[kind]);
    return (
      <div id={`${kind}-form`}>
        <ReferenceItemForm
          noun={noun}
          action={saveReferenceItemAction}
          defaults={{
            kind,
            projectId: p.id,
            ...(edited ? { id: edited.id, code: edited.code, name: edited.name } : { code: "", name: "" }),
          }}
        />
      </div>
    );
  };

  return (
    <>
      <h1>{t("nav.reference")}</h1>
      <p className="mb-6 max-w-3xl">
        {p.name} · {p.year}. Запись, которую уже используют мероприятия, участники, эксперты или публикации, не удаляется, а
        переносится в архив: она остаётся в этих записях и в отчётах, но не предлагается в формах.
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="targets-title">
          <h2 id="targets-title">Проект и целевые показатели</h2>
          <ProjectTargetsForm
            action={saveProjectTargetsAction}
            defaults={{
              projectId: p.id,
              name: p.name,
              timezone: p.timezone,
              targetEventsHeld: String(p.targetEventsHeld),
              targetCategoriesCovered: String(p.targetCategoriesCovered),
              targetDirectionsCovered: String(p.targetDirectionsCovered),
              targetExpertsPerRegion: String(p.targetExpertsPerRegion),
              targetInfoResourcesPerRegion: String(p.targetInfoResourcesPerRegion),
              targetSatisfactionAvg: p.targetSatisfactionAvg.toString(),
              feedbackWindowDays: String(p.feedbackWindowDays),
            }}
          />
        </section>
        <section aria-labelledby="formats-title">
          <h2 id="formats-title">Формы мероприятий</h2>
          <FormatNamesForm action={saveFormatNamesAction} defaults={ref.formatNames} />
        </section>
        <section aria-labelledby="regions-title" className="lg:col-span-2">
          <h2 id="regions-title">Регионы ({ref.regions.length})</h2>
          <div className="overflow-x-auto">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Код</th>
                  <th scope="col">Название</th>
                  <th scope="col">Часовой пояс</th>
                  <th scope="col">Состояние</th>
                  <th scope="col">Действия</th>
                </tr>
              </thead>
              <tbody>
                {ref.regions.map((r) => (
                  <tr key={r.id}>
                    <td>{r.code}</td>
                    <td>{r.name}</td>
                    <td>{r.timezone}</td>
                    <td>{r.archivedAt ? "В архиве" : "Используется"}</td>
                    <td className="flex flex-wrap gap-2">
                      <Link href={`/admin/reference?region=${r.id}#region-form`} aria-label={`Изменить: ${r.name}`}>
                        Изменить
                      </Link>
                      {stateButton("region", r)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div id="region-form" className="mt-4 max-w-xl">
            <RegionForm
              action={saveRegionAction}
              defaults={{
                projectId: p.id,
                ...(editedRegion
                  ? { id: editedRegion.id, code: editedRegion.code, name: editedRegion.name, timezone: editedRegion.timezone }
                  : { code: "", name: "", timezone: "Europe/Moscow" }),
              }}
            />
          </div>
        </section>
        <section aria-labelledby="categories-title">
          <h2 id="categories-title">Категории участников ({ref.categories.length})</h2>
          {itemTable("category", ref.categories, "Категории участников")}
          {itemForm("category", ref.categories, "категория участников")}
        </section>
        <section aria-labelledby="directions-title">
          <h2 id="directions-title">Направления деятельности ({ref.directions.length})</h2>
          {itemTable("direction", ref.directions, "Направления деятельности")}
          {itemForm("direction", ref.directions, "направление")}
        </section>
      </div>
    </>
  );
}

import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { SurveyQuestionForm } from "@/components/surveys/survey-question-form";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { getCurrentProject } from "@/lib/projects/current-project";
import { listSurveyQuestions } from "@/lib/surveys/list-survey-questions";
import { QUESTION_KIND_NAMES, type QuestionKind } from "@/lib/surveys/schemas";
import { archiveSurveyQuestionAction, saveSurveyQuestionAction } from "./actions";

export const metadata = { title: "Шаблон анкеты" };

export default async function SurveyTemplatePage({ searchParams }: { searchParams: Promise<{ page?: string; edit?: string }> }) {
  const search = await searchParams;
  const user = await getSessionUser();
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const page = await guardPage(
    () => listSurveyQuestions(db, user, { projectId: project.id, page: pageFrom(search.page), includeArchived: true }),
    "/admin/survey",
  );
  const editing = page.items.find((q) => q.id === search.edit);
  const defaults = editing
    ? {
        id: editing.id,
        projectId: project.id,
        kind: editing.kind,
        text: editing.text,
        options: editing.options.join("\n"),
        required: editing.required,
      }
    : { projectId: project.id, kind: "scale", text: "", options: "", required: false };
  return (
    <>
      <h1>Шаблон анкеты</h1>
      <p className="mb-4 max-w-3xl">
        {project.name}. Организаторы добавляют эти вопросы в анкеты своих мероприятий; вопрос об удовлетворённости мероприятием
        (оценка 1–5) задаётся всегда и в шаблон не входит. Вопрос, на который уже отвечали, можно переименовать, но не изменить
        его тип и варианты; ненужный вопрос переносится в архив.
      </p>
      <h2>{editing ? "Изменение вопроса" : "Новый вопрос"}</h2>
      {editing && (
        <p className="mb-2">
          <Link href="/admin/survey">Отменить изменение</Link>
        </p>
      )}
      <SurveyQuestionForm key={editing?.id ?? "new"} defaults={defaults} action={saveSurveyQuestionAction} />
      <h2>Вопросы шаблона</h2>
      {page.items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Вопрос</th>
                <th scope="col">Тип</th>
                <th scope="col">Варианты</th>
                <th scope="col">Состояние</th>
                <th scope="col">Действия</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((q) => (
                <tr key={q.id}>
                  <td>
                    {q.text}
                    {q.required ? " (обязательный)" : ""}
                  </td>
                  <td>{QUESTION_KIND_NAMES[q.kind as QuestionKind]}</td>
                  <td>{q.options.join("; ") || "—"}</td>
                  <td>{q.archivedAt ? "В архиве" : "Используется"}</td>
                  <td className="flex flex-wrap gap-2">
                    <Link href={`/admin/survey?page=${page.page}&edit=${q.id}`} aria-label={`Изменить: ${q.text}`}>
                      Изменить
                    </Link>
                    <ActionButton
                      action={archiveSurveyQuestionAction}
                      fields={{ id: q.id, archived: q.archivedAt ? "false" : "true" }}
                      label={q.archivedAt ? "Вернуть" : "В архив"}
                      ariaLabel={`${q.archivedAt ? "Вернуть из архива" : "В архив"}: ${q.text}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Вопросов пока нет.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} params={{}} />
    </>
  );
}

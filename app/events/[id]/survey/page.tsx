import Link from "next/link";
import { EventQuestionsForm } from "@/components/surveys/event-questions-form";
import { SurveyResultsView } from "@/components/surveys/survey-results-view";
import { Pagination } from "@/components/ui/pagination";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { pageFrom } from "@/lib/infra/pagination";
import { eventQuestions } from "@/lib/surveys/event-questions";
import { getSurveyResults } from "@/lib/surveys/get-survey-results";
import { listSurveyQuestions } from "@/lib/surveys/list-survey-questions";
import { can } from "@/lib/auth/permissions";
import { setEventQuestionsAction } from "./actions";

export const metadata = { title: "Анкета и результаты" };

export default async function EventSurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ comments?: string }>;
}) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const user = await getSessionUser();
  const results = await guardPage(
    () => getSurveyResults(db, user, id, { commentsPage: pageFrom(search.comments) }),
    `/events/${id}/survey`,
  );
  const canEdit = can(user, "event.manage", { regionId: results.event.regionId });
  const [chosen, template] = canEdit
    ? await Promise.all([
        eventQuestions(db, id),
        listSurveyQuestions(db, user, { projectId: results.event.projectId, page: 1, size: 200 }),
      ])
    : [[], null];
  const archivedChosen = chosen.filter((q) => !template?.items.some((t) => t.id === q.id));
  const offered = [
    ...(template?.items ?? []).map((q) => ({ ...q, archived: false })),
    ...archivedChosen.map((q) => ({ ...q, archived: true })),
  ];
  return (
    <>
      <p className="mb-2">
        <Link href={`/events/${id}`}>← К мероприятию</Link>
      </p>
      <h1>Анкета и результаты: {results.event.title}</h1>
      <p className="mb-4 flex flex-wrap gap-3">
        <a href={`/events/${id}/survey.xlsx`} className="btn-secondary" download>
          Скачать результаты (XLSX)
        </a>
      </p>
      {canEdit && (
        <EventQuestionsForm
          eventId={id}
          questions={offered}
          chosen={chosen.map((q) => q.id)}
          answered={results.responses > 0}
          action={setEventQuestionsAction}
        />
      )}
      <SurveyResultsView results={results} />
      <Pagination name="comments" page={results.comments.page} pageCount={results.comments.pageCount} params={{}} />
    </>
  );
}

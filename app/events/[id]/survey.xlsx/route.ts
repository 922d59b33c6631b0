// GET /events/<id>/survey.xlsx — результаты анкетирования (ADMIN, MINISTRY; COORDINATOR of the event's region).
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { fileDownload } from "@/lib/infra/http/file-download";
import { getSurveyResults } from "@/lib/surveys/get-survey-results";
import { surveyResultsXlsx } from "@/lib/surveys/survey-results-xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await getSessionUser();
  return fileDownload(async () => {
    const results = await getSurveyResults(db, user, id);
    return { body: await surveyResultsXlsx(db, results), format: "xlsx", fileName: `survey-${id}.xlsx` };
  }, "Не удалось сформировать результаты анкетирования");
}

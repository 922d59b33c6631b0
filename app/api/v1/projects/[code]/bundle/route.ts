// GET /api/v1/projects/<code>/bundle — the project as kadry-bundle/1 (ADMIN, MINISTRY).
import { getSessionUser } from "@/lib/auth/session";
import { answerExportRequest } from "@/lib/bundle/bundle-request";
import { db } from "@/lib/infra/db/client";
import { toResponse } from "@/lib/infra/http/api-answer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const answer = await answerExportRequest(db, await getSessionUser(), code);
  const response = toResponse(answer);
  if (answer.status === 200)
    response.headers.set("Content-Disposition", `attachment; filename="${encodeURIComponent(code)}.json"`);
  return response;
}

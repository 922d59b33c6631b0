// GET /api/v1/projects/<code>/kpi?year=<yyyy>[&quarter=<1-4>][&cumulative=true] — kadry-kpi/1.
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { readDb } from "@/lib/infra/db/read-db";
import { toResponse } from "@/lib/infra/http/api-answer";
import { answerKpiRequest } from "@/lib/kpi/kpi-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  return toResponse(await answerKpiRequest(db, await getSessionUser(), code, new URL(request.url).searchParams, readDb));
}

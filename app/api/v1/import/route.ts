// POST /api/v1/import — a kadry-bundle/1 as the body (ADMIN). 200 with the counts, 422 with every problem.
import { getSessionUser } from "@/lib/auth/session";
import { answerImportRequest } from "@/lib/bundle/bundle-request";
import { readBundleRequest } from "@/lib/bundle/read-bundle-json";
import { db } from "@/lib/db/client";
import { toResponse } from "@/lib/http/api-answer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return toResponse(await answerImportRequest(db, await getSessionUser(), () => readBundleRequest(request)));
}

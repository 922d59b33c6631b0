// POST /api/v1/import — a kadry-bundle/1 as a JSON body (ADMIN). 200 with the counts, 422 with every
// problem; a write from another site 403, anything but JSON 415 (checked before the body is read).
import { getSessionUser } from "@/lib/auth/session";
import { answerImportRequest } from "@/lib/bundle/bundle-request";
import { readBundleRequest } from "@/lib/bundle/read-bundle-json";
import { db } from "@/lib/infra/db/client";
import { toResponse } from "@/lib/infra/http/api-answer";
import { refuseCrossSiteWrite } from "@/lib/infra/http/refuse-cross-site-write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return toResponse(
    await answerImportRequest(db, await getSessionUser(), () => {
      refuseCrossSiteWrite(request.headers);
      return readBundleRequest(request);
    }),
  );
}

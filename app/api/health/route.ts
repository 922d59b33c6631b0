// GET /api/health — 200 when the database answers, 503 otherwise (JSON either way).
import { db } from "@/lib/infra/db/client";
import { checkHealth } from "@/lib/infra/health/check-health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth(db);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

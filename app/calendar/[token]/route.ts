// GET /calendar/<token> — the personal iCal feed (subscribed to by calendar apps, so no session: the
// signed token is the credential). A wrong token is a plain 404.
import { calendarFeed } from "@/lib/calendar/user-feed";
import { icsHeaders } from "@/lib/calendar/ics";
import { db } from "@/lib/infra/db/client";
import { errorAnswer, toResponse } from "@/lib/infra/http/api-answer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  try {
    const text = await calendarFeed(db, token.replace(/\.ics$/, ""));
    return new Response(text, { headers: icsHeaders("kadry-portal.ics", "inline") });
  } catch (error) {
    return toResponse(errorAnswer(error));
  }
}

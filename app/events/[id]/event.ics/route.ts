// GET /events/<id>/event.ics — the event as an iCalendar file (any signed-in user who may read events).
import { getSessionUser } from "@/lib/auth/session";
import { eventCalendar } from "@/lib/calendar/user-feed";
import { icsHeaders } from "@/lib/calendar/ics";
import { db } from "@/lib/infra/db/client";
import { errorAnswer, toResponse } from "@/lib/infra/http/api-answer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  try {
    const text = await eventCalendar(db, await getSessionUser(), id);
    return new Response(text, { headers: icsHeaders(`event-${id}.ics`) });
  } catch (error) {
    return toResponse(errorAnswer(error));
  }
}

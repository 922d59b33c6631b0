import Link from "next/link";
import { FeedbackForm } from "@/components/surveys/feedback-form";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getFeedbackForm } from "@/lib/surveys/get-feedback-form";
import { answerField } from "@/lib/surveys/schemas";
import { submitFeedbackAction } from "./actions";

export const metadata = { title: "Анкета участника" };

export default async function FeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const { event, questions, feedback, window } = await guardPage(() => getFeedbackForm(db, user, id), `/events/${id}/feedback`);
  const zone = event.region.timezone;
  const stored = (feedback?.answers ?? {}) as Record<string, number | string | string[]>;
  const defaults: Record<string, string | string[]> = {
    rating: feedback ? String(feedback.rating) : "",
    comment: feedback?.comment ?? "",
  };
  for (const q of questions) {
    const value = stored[q.id];
    defaults[answerField(q.id)] = Array.isArray(value)
      ? value
      : value === undefined
        ? q.kind === "multiple"
          ? []
          : ""
        : String(value);
  }
  return (
    <>
      <p className="mb-2">
        <Link href={`/events/${event.id}`}>← К мероприятию</Link>
      </p>
      <h1>Анкета: {event.title}</h1>
      <p className="mb-4">
        {window.open
          ? `Ответить или изменить ответы можно до ${formatDateTime(window.closesAt, zone)} (${zone}).`
          : window.reason}
      </p>
      {feedback && (
        <p className="mb-4 font-medium text-ok">Вы уже ответили {formatDateTime(feedback.updatedAt, zone)}. Спасибо!</p>
      )}
      {window.open && (
        <FeedbackForm
          eventId={event.id}
          questions={questions}
          defaults={defaults}
          action={submitFeedbackAction}
          answered={!!feedback}
        />
      )}
    </>
  );
}

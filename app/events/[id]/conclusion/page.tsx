import Link from "next/link";
import { ConclusionForm } from "@/components/conclusions/conclusion-form";
import { getSessionUser } from "@/lib/auth/session";
import { getConclusionForm } from "@/lib/conclusions/get-conclusion-form";
import { db } from "@/lib/infra/db/client";
import { EXPERT_ROLE_NAMES } from "@/lib/events/labels";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { saveConclusionAction } from "./actions";

export const metadata = { title: "Экспертное заключение" };

export default async function ConclusionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const { event, role, conclusion, window } = await guardPage(() => getConclusionForm(db, user, id), `/events/${id}/conclusion`);
  return (
    <>
      <p className="mb-2">
        <Link href={`/events/${event.id}`}>← К мероприятию</Link>
      </p>
      <h1>Экспертное заключение: {event.title}</h1>
      <p className="mb-4">
        {event.region.name}, {formatDateTime(event.startsAt, event.region.timezone)}. Ваша роль: {EXPERT_ROLE_NAMES[role]}.
      </p>
      {conclusion && (
        <p className="mb-4 font-medium text-ok">
          Заключение отправлено {formatDateTime(conclusion.updatedAt, event.region.timezone)}; его можно изменить.
        </p>
      )}
      {window.open ? (
        <ConclusionForm
          action={saveConclusionAction}
          written={!!conclusion}
          defaults={{
            eventId: event.id,
            whatWorked: conclusion?.whatWorked ?? "",
            recommendations: conclusion?.recommendations ?? "",
            assessment: conclusion ? String(conclusion.assessment) : "",
          }}
        />
      ) : (
        <p>{window.reason}</p>
      )}
    </>
  );
}

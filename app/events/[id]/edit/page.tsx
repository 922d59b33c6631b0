import Link from "next/link";
import { EventForm } from "@/components/events/event-form";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { getEventForEdit } from "@/lib/events/get-event";
import { toLocalInputValue } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getEventFormOptions } from "@/lib/events/event-form-options";
import { updateEventAction } from "./actions";

export const metadata = { title: "Изменение мероприятия" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const event = await guardPage(() => getEventForEdit(db, user, id), `/events/${id}/edit`);
  const { directions, categories, experts, formatNames } = await getEventFormOptions(db, user, event.projectId);
  const zone = event.region.timezone;
  const defaults = {
    id: event.id,
    title: event.title,
    description: event.description ?? "",
    format: event.format,
    directionId: event.directionId,
    startsAt: toLocalInputValue(event.startsAt, zone),
    endsAt: toLocalInputValue(event.endsAt, zone),
    capacity: event.capacity?.toString() ?? "",
    venue: event.venue ?? "",
    address: event.address ?? "",
    onlineUrl: event.onlineUrl ?? "",
    registrationDeadline: event.registrationDeadline ? toLocalInputValue(event.registrationDeadline, zone) : "",
    requiresApproval: event.requiresApproval,
    targetCategoryIds: event.targetCategories.map((c) => c.categoryId),
    expertIds: event.experts.map((e) => e.expertId),
    confirmWarnings: false,
  };
  return (
    <>
      <p className="mb-2">
        <Link href={`/events/${event.id}`}>← К мероприятию</Link>
      </p>
      <h1>Изменение мероприятия</h1>
      <p className="mb-4 text-ink-muted">{event.region.name}</p>
      <EventForm
        mode="edit"
        action={updateEventAction}
        defaults={defaults}
        // an archived direction is not offered for new events but stays selectable on the events that use it
        directions={
          directions.some((d) => d.id === event.directionId)
            ? directions
            : [...directions, { id: event.directionId, code: event.direction.code, name: `${event.direction.name} (в архиве)` }]
        }
        formatNames={formatNames}
        categories={categories}
        experts={experts}
        timezone={zone}
        expertRoles={Object.fromEntries(event.experts.map((e) => [e.expertId, e.role]))}
      />
    </>
  );
}

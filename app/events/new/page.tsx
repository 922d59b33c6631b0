import Link from "next/link";
import { EventForm } from "@/components/events/event-form";
import { authorize } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { getEventFormOptions } from "@/lib/events/event-form-options";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getCurrentProject } from "@/lib/projects/current-project";
import { createEventAction } from "./actions";

export const metadata = { title: "Новое мероприятие" };

export default async function NewEventPage() {
  const user = await getSessionUser();
  await guardPage(async () => authorize(user, "event.manage"), "/events/new");
  const project = await getCurrentProject(db);
  if (!project) return <p>Проект ещё не создан.</p>;
  const options = await getEventFormOptions(db, user, project.id);
  const defaults = {
    regionId: options.regions.length === 1 ? options.regions[0].id : "",
    title: "",
    description: "",
    format: "seminar",
    directionId: options.directions[0]?.id ?? "",
    startsAt: "",
    endsAt: "",
    registrationDeadline: "",
    capacity: "",
    requiresApproval: false,
    venue: "",
    address: "",
    onlineUrl: "",
    targetCategoryIds: [],
    expertIds: [],
    publish: true,
    confirmWarnings: false,
  };
  return (
    <>
      <p className="mb-2">
        <Link href="/events">← Все мероприятия</Link>
      </p>
      <h1>Новое мероприятие</h1>
      <p className="mb-4 text-ink-muted">{project.name}</p>
      <EventForm mode="create" action={createEventAction} defaults={defaults} {...options} />
    </>
  );
}

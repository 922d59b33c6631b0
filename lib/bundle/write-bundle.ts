// Запись пакета: a validated bundle written with set-based upserts (INSERT … SELECT FROM json_array_elements(…)
// ON CONFLICT … DO UPDATE … WHERE changed), chunk by chunk, inside the caller's transaction. Rows that
// would not change are not touched, so a re-import writes nothing and reports every record unchanged.
// One writer per entity (./write/), called here in the order the references need: regions and reference
// lists, then experts and participants, events, their experts, registrations, feedback, resources,
// publications.
import "server-only";
import type { DbTx } from "../infra/db/client";
import type { Bundle, BundleListName } from "./bundle-schema";
import { idSequence } from "./write/id-sequence";
import { idsByCode } from "./write/ids-by-code";
import type { Changed } from "./write/in-chunks";
import type { WriteContext } from "./write/write-context";
import { writeEventExperts } from "./write/write-event-experts";
import { writeEvents } from "./write/write-events";
import { writeExperts } from "./write/write-experts";
import { writeFeedback } from "./write/write-feedback";
import { writeInformationResources } from "./write/write-information-resources";
import { writeParticipants } from "./write/write-participants";
import { writeProject } from "./write/write-project";
import { writePublications } from "./write/write-publications";
import { writeReferenceList } from "./write/write-reference-list";
import { writeRegions } from "./write/write-regions";
import { writeRegistrations } from "./write/write-registrations";

export type ImportCount = { received: number; created: number; updated: number; unchanged: number };
export type ImportEntity = "project" | BundleListName | "eventExperts";
export type ImportCounts = Record<ImportEntity, ImportCount & { removed?: number }>;

const count = (received: number, c: Changed): ImportCount => ({ ...c, received, unchanged: received - c.created - c.updated });

export async function writeBundle(tx: DbTx, bundle: Bundle): Promise<{ projectId: string; counts: ImportCounts }> {
  const { projectId, changed: project } = await writeProject(tx, bundle.project);
  const ctx: WriteContext = { tx, projectId, newId: idSequence() };

  const { changed: regions, regionId } = await writeRegions(ctx, bundle.regions);
  const categories = await writeReferenceList(ctx, "ParticipantCategory", bundle.categories);
  const directions = await writeReferenceList(ctx, "Direction", bundle.directions);
  const categoryId = await idsByCode(tx, "ParticipantCategory", projectId);
  const directionId = await idsByCode(tx, "Direction", projectId);

  const experts = await writeExperts(ctx, bundle.experts, regionId);
  const expertId = await idsByCode(tx, "Expert", projectId);
  const participants = await writeParticipants(ctx, bundle.participants, { categoryId, regionId });
  const participantId = await idsByCode(tx, "Participant", projectId);
  const events = await writeEvents(ctx, bundle.events, { regionId, directionId });
  const eventId = await idsByCode(tx, "Event", projectId);
  const eventExperts = await writeEventExperts(ctx, bundle.events, { eventId, expertId });

  const registrations = await writeRegistrations(ctx, bundle.registrations, { eventId, participantId });
  const feedback = await writeFeedback(ctx, bundle.feedback, { eventId, participantId });
  const informationResources = await writeInformationResources(ctx, bundle.informationResources);
  const resourceId = await idsByCode(tx, "InformationResource", projectId);
  const publications = await writePublications(ctx, bundle.publications, { resourceId, regionId, eventId });

  return {
    projectId,
    counts: {
      project: count(1, project),
      regions: count(bundle.regions.length, regions),
      categories: count(bundle.categories.length, categories),
      directions: count(bundle.directions.length, directions),
      experts: count(bundle.experts.length, experts),
      participants: count(bundle.participants.length, participants),
      events: count(bundle.events.length, events),
      eventExperts: { ...count(eventExperts.received, eventExperts.changed), removed: eventExperts.removed },
      registrations: count(bundle.registrations.length, registrations),
      feedback: count(bundle.feedback.length, feedback),
      informationResources: count(bundle.informationResources.length, informationResources),
      publications: count(bundle.publications.length, publications),
    },
  };
}

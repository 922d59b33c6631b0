// What the database already holds for a bundle's project: the codes a bundle may refer to without
// repeating them, and the registrations and feedback its rules must be checked against (the state after
// the import is the database's records overlaid with the bundle's).
import "server-only";
import type { DbTx } from "../infra/db/client";

export type ExistingEvent = { status: string; capacity: number | null };
export type ExistingRegistration = { status: string; attended: boolean };

export type ProjectState = {
  projectId: string | null;
  regionCodes: Set<string>;
  categoryCodes: Set<string>;
  directionCodes: Set<string>;
  expertCodes: Set<string>;
  participantCodes: Set<string>;
  resourceCodes: Set<string>;
  events: Map<string, ExistingEvent>;
  /** key: `${eventCode}\u0000${participantCode}` */
  registrations: Map<string, ExistingRegistration>;
  feedback: Set<string>;
};

export const pairKey = (eventCode: string, participantCode: string) => `${eventCode}\u0000${participantCode}`;

export async function loadProjectState(db: DbTx, projectCode: string): Promise<ProjectState> {
  const empty: ProjectState = {
    projectId: null,
    regionCodes: new Set(),
    categoryCodes: new Set(),
    directionCodes: new Set(),
    expertCodes: new Set(),
    participantCodes: new Set(),
    resourceCodes: new Set(),
    events: new Map(),
    registrations: new Map(),
    feedback: new Set(),
  };
  const project = await db.project.findUnique({ where: { code: projectCode }, select: { id: true } });
  if (!project) return empty;
  const projectId = project.id;
  const codes = (rows: { code: string }[]) => new Set(rows.map((r) => r.code));
  const select = { code: true } as const;
  const [regions, categories, directions, experts, participants, resources, events, registrations, feedback] = await Promise.all([
    db.region.findMany({ where: { projects: { some: { projectId } } }, select }),
    db.participantCategory.findMany({ where: { projectId }, select }),
    db.direction.findMany({ where: { projectId }, select }),
    db.expert.findMany({ where: { projectId }, select }),
    db.participant.findMany({ where: { projectId }, select }),
    db.informationResource.findMany({ where: { projectId }, select }),
    db.event.findMany({ where: { projectId }, select: { code: true, status: true, capacity: true } }),
    db.$queryRaw<{ e: string; p: string; status: string; attended: boolean }[]>`
      SELECT e.code AS e, pa.code AS p, r.status::text AS status, r.attended
        FROM "Registration" r
        JOIN "Event" e ON e.id = r."eventId"
        JOIN "Participant" pa ON pa.id = r."participantId"
       WHERE e."projectId" = ${projectId}`,
    db.$queryRaw<{ e: string; p: string }[]>`
      SELECT e.code AS e, pa.code AS p
        FROM "Feedback" f
        JOIN "Event" e ON e.id = f."eventId"
        JOIN "Participant" pa ON pa.id = f."participantId"
       WHERE e."projectId" = ${projectId}`,
  ]);
  return {
    projectId,
    regionCodes: codes(regions),
    categoryCodes: codes(categories),
    directionCodes: codes(directions),
    expertCodes: codes(experts),
    participantCodes: codes(participants),
    resourceCodes: codes(resources),
    events: new Map(events.map((e) => [e.code, { status: e.status, capacity: e.capacity }])),
    registrations: new Map(registrations.map((r) => [pairKey(r.e, r.p), { status: r.status, attended: r.attended }])),
    feedback: new Set(feedback.map((f) => pairKey(f.e, f.p))),
  };
}

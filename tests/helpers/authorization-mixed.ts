// Calls that mix records of different scopes, and drafts (issue 17, item 5): each is a single call by one
// user with a hand-written answer. A refused call must also write nothing (checked by the matrix test).
import type { Fields, RouteInput } from "./authorization-endpoints";
import { eventIn, expertIn, next, participantIn, registrationIn, type Who, type World } from "./authorization-world";
import { cyclogramTaskIn, emptyReserveIn } from "./reserve-world";

export type MixedCase = {
  name: string;
  /** "<file>#<export>" or "<file> <METHOD>", as in authorization-endpoints.ts */
  endpoint: string;
  who: Who;
  expect: "allow" | "deny";
  input: (w: World) => Promise<Fields | RouteInput>;
  /** a check after the call: what went wrong, or null */
  after?: (w: World, input: Fields | RouteInput) => Promise<string | null>;
};

const publicationIn = async (w: World, regionId: string) => {
  const resource = await w.db.informationResource.create({
    data: { projectId: w.project.id, code: `res-${next().toLowerCase()}`, name: "Портал", kind: "portal" },
  });
  return w.db.publication.create({
    data: {
      projectId: w.project.id,
      resourceId: resource.id,
      regionId,
      url: `https://news.example.ru/${next().toLowerCase()}`,
      publishedAt: new Date("2026-03-01"),
    },
  });
};

/** An own-region event with a registration of another region's event, for each registration action. */
const foreignRegistration = (endpoint: string, status: "registered" | "waitlisted" | "pending", extra: Fields = {}) => ({
  name: `${endpoint.split("#")[1]}: own event, another region's registration`,
  endpoint,
  who: "COORDINATOR" as const,
  expect: "deny" as const,
  input: async (w: World) => {
    const own = await eventIn(w, "own");
    const { registration } = await registrationIn(w, "other", status);
    return { eventId: own.id, registrationId: registration.id, ...extra };
  },
});

export const MIXED: MixedCase[] = [
  // —— an own event with another event's registration id
  foreignRegistration("app/events/[id]/registrations/actions.ts#approveApplicationAction", "pending"),
  foreignRegistration("app/events/[id]/registrations/actions.ts#declineApplicationAction", "pending", {
    reason: "Нет мест для вашей категории",
  }),
  foreignRegistration("app/events/[id]/registrations/actions.ts#promoteAction", "waitlisted"),
  {
    // the list is read within the own event: a foreign id in it is ignored, the foreign registration untouched
    name: "saveAttendanceAction: own event, another region's registration marked",
    endpoint: "app/events/[id]/registrations/actions.ts#saveAttendanceAction",
    who: "COORDINATOR",
    expect: "allow",
    input: async (w) => {
      const own = await eventIn(w, "own", { past: true });
      const { registration } = await registrationIn(w, "other");
      return { eventId: own.id, attended: [registration.id], shown: [registration.id] };
    },
    after: async (w, input) => {
      const id = (input as { attended: string[] }).attended[0];
      const foreign = await w.db.registration.findUniqueOrThrow({ where: { id } });
      return foreign.attended ? "another region's registration was marked attended" : null;
    },
  },
  // —— merging an own participant with a foreign one, either way round
  {
    name: "mergeParticipantsAction: own participant, another region's as the duplicate",
    endpoint: "app/participants/[id]/actions.ts#mergeParticipantsAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({ id: (await participantIn(w, "own")).id, other: (await participantIn(w, "other")).code, keep: "this" }),
  },
  {
    name: "mergeParticipantsAction: another region's participant kept, the own one merged into it",
    endpoint: "app/participants/[id]/actions.ts#mergeParticipantsAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({
      id: (await participantIn(w, "other")).id,
      other: (await participantIn(w, "own")).code,
      keep: "other",
    }),
  },
  // —— moving an own record into another region by an update
  {
    name: "updateParticipantAction: own participant moved to another region",
    endpoint: "app/participants/[id]/actions.ts#updateParticipantAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({
      id: (await participantIn(w, "own")).id,
      fullName: "Петров Пётр",
      categoryId: w.category.id,
      regionId: w.other.id,
    }),
  },
  {
    name: "saveExpertAction: own expert moved to another region",
    endpoint: "app/experts/actions.ts#saveExpertAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({
      id: (await expertIn(w, "own")).id,
      projectId: w.project.id,
      regionId: w.other.id,
      fullName: "Сидорова Анна",
      email: "sidorova@mail.ru",
      consent: "on",
    }),
  },
  {
    name: "savePublicationAction: own publication moved to another region",
    endpoint: "app/publications/actions.ts#savePublicationAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => {
      const p = await publicationIn(w, w.own.id);
      return {
        id: p.id,
        projectId: w.project.id,
        resourceId: p.resourceId,
        regionId: w.other.id,
        url: p.url,
        publishedAt: "2026-03-01",
      };
    },
  },
  {
    name: "saveActivityAction: own cyclogram activity moved to another region",
    endpoint: "app/reserve/cyclogram/actions.ts#saveActivityAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => {
      const { activity } = await cyclogramTaskIn(w, "own");
      return {
        id: activity.id,
        projectId: w.project.id,
        regionId: w.other.id,
        title: "Мониторинг выполнения ИОМ",
        startMonth: "5",
        endMonth: "6",
        owner: "Куратор резерва",
        remindDays: "7",
      };
    },
  },
  {
    name: "saveReserveAction: own reserve moved to another region",
    endpoint: "app/reserve/actions/reserves.ts#saveReserveAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => {
      const r = await emptyReserveIn(w, "own");
      return {
        id: r.id,
        projectId: w.project.id,
        regionId: w.other.id,
        code: r.code,
        targetPosition: "Руководитель",
        capacity: "5",
        termMonths: "36",
      };
    },
  },
  // —— drafts: only the organizers of the draft's region see or touch it
  ...(["PARTICIPANT", "EXPERT", "MINISTRY"] as const).map((who) => ({
    name: `event.ics of an own-region draft, as ${who}`,
    endpoint: "app/events/[id]/event.ics/route.ts GET",
    who,
    expect: "deny" as const,
    input: async (w: World) => ({ params: { id: (await eventIn(w, "own", { draft: true })).id } }),
  })),
  {
    name: "event.ics of an own-region draft, as its coordinator",
    endpoint: "app/events/[id]/event.ics/route.ts GET",
    who: "COORDINATOR",
    expect: "allow",
    input: async (w) => ({ params: { id: (await eventIn(w, "own", { draft: true })).id } }),
  },
  {
    name: "event.ics of another region's draft, as a coordinator",
    endpoint: "app/events/[id]/event.ics/route.ts GET",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({ params: { id: (await eventIn(w, "other", { draft: true })).id } }),
  },
  {
    name: "registering for an own-region draft, as a participant",
    endpoint: "app/events/[id]/registration-actions.ts#changeRegistrationAction",
    who: "PARTICIPANT",
    expect: "deny",
    input: async (w) => ({ eventId: (await eventIn(w, "own", { draft: true })).id, intent: "register" }),
  },
  {
    name: "editing another region's draft, as a coordinator",
    endpoint: "app/events/[id]/edit/actions.ts#updateEventAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({
      id: (await eventIn(w, "other", { draft: true })).id,
      title: "Семинар по наставничеству",
      format: "seminar",
      directionId: w.direction.id,
      startsAt: "2026-12-15T10:00",
      endsAt: "2026-12-15T12:00",
      capacity: "20",
    }),
  },
  {
    name: "cancelling another region's draft, as a coordinator",
    endpoint: "app/events/[id]/manage-actions.ts#cancelEventAction",
    who: "COORDINATOR",
    expect: "deny",
    input: async (w) => ({ id: (await eventIn(w, "other", { draft: true })).id, cancelReason: "Болезнь спикера" }),
  },
];

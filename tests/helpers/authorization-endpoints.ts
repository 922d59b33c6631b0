// The expected answer of every server action and route handler, per role and per side of the record:
// "own" (the user's own record, or one in their region linked to them), "peer" (same region, another
// person's record), "other" (another region). "all": allowed on every side; "region": allowed in the own
// region (own and peer), refused for the other region; "self": allowed for the user's own record only;
// "none": refused. A missing role means "none". Written out by hand, never computed from PERMISSIONS:
// a change to the matrix must show up here as a failing endpoint.
// Keys: "<file>#<export>" for server actions, "<file> <METHOD>" for route handlers. A new endpoint
// without an entry fails the matrix test.
import { EVENT_FORMATS } from "../../lib/events/schemas";
import { scheduleMeetings } from "../../lib/protocols/schedule-meetings";
import { writeProtocol } from "../../lib/protocols/write-protocol";
import { submitReport } from "../../lib/protocols/submit-report";
import { meetingSchema, protocolSchema } from "../../lib/protocols/schemas";
import { signFeedToken } from "../../lib/calendar/feed-token";
import { takeRatingSnapshot } from "../../lib/rating/take-rating-snapshot";
import {
  attendedEvent,
  eventIn,
  expertIn,
  next,
  participantIn,
  regionOf,
  registrationIn,
  type Side,
  type Who,
  type World,
} from "./authorization-world";
import { cyclogramTaskIn, emptyReserveIn, menteeIn, planEvidenceIn, reserveIn } from "./reserve-world";

export type Expect = "all" | "region" | "self" | "none";
export type Fields = Record<string, string | string[] | File>;
export type RouteInput = { params?: Record<string, string>; search?: string; body?: string };
export type Entry = {
  expect: Partial<Record<Who, Expect>>;
  /** why a refusal here is not a signed-in user's (e.g. a token is the credential): not looked for in the security log */
  notLogged?: string;
  /** form fields of an action, or the params of a route, for a record of `side` as seen by `who` */
  input: (w: World, side: Side, who: Who) => Promise<Fields | RouteInput> | Fields | RouteInput;
};

const everyone: Partial<Record<Who, Expect>> = {
  anon: "all",
  ADMIN: "all",
  MINISTRY: "all",
  COORDINATOR: "all",
  EXPERT: "all",
  PARTICIPANT: "all",
};
const signedIn: Partial<Record<Who, Expect>> = { ...everyone, anon: "none" };

const fresh = () => next().toLowerCase();
const eventForm = (w: World) => ({
  title: "Семинар по наставничеству",
  format: "seminar",
  directionId: w.direction.id,
  startsAt: "2026-12-15T10:00",
  endsAt: "2026-12-15T12:00",
  capacity: "20",
});

export async function assignmentItem(w: World, side: Side, reported = false) {
  const admin = w.users.ADMIN;
  const [meetingId] = await scheduleMeetings(
    w.db,
    admin,
    meetingSchema.parse({ projectId: w.project.id, title: "Совещание", startsAt: "2026-03-02T10:00", weeks: "1" }),
  );
  await writeProtocol(
    w.db,
    admin,
    protocolSchema.parse({
      meetingId,
      protocolNumber: `№ ${fresh()}`,
      protocolDate: "2026-03-02",
      decisions: "Решения совещания",
      "assignments.0.text": "Представить отчёт",
      "assignments.0.regionIds": regionOf(w, side).id,
      "assignments.0.dueDate": "2026-12-20",
    }),
  );
  const item = await w.db.assignmentItem.findFirstOrThrow({
    where: { regionId: regionOf(w, side).id, assignment: { meetingId } },
  });
  if (reported) await submitReport(w.db, admin, { itemId: item.id, text: "Сделано всё", links: [] });
  return item;
}

export const ENDPOINTS: Record<string, Entry> = {
  // —— administration
  "app/admin/users/actions.ts#createUserAction": {
    expect: { ADMIN: "all" },
    input: () => ({
      email: `u-${fresh()}@example.ru`,
      fullName: "Новый Пользователь",
      role: "MINISTRY",
      password: "Пароль-надёжный-1",
    }),
  },
  "app/admin/users/actions.ts#updateUserAction": {
    expect: { ADMIN: "all" },
    input: async (w) => {
      const u = await w.db.user.create({ data: { email: `x-${fresh()}@example.ru`, fullName: "Иванов", passwordHash: "x" } });
      return { id: u.id, email: u.email, fullName: "Иванов Иван", role: "PARTICIPANT", active: "on" };
    },
  },
  "app/admin/users/actions.ts#resetPasswordAction": {
    expect: { ADMIN: "all" },
    input: async (w) => {
      const u = await w.db.user.create({ data: { email: `x-${fresh()}@example.ru`, fullName: "Иванов", passwordHash: "x" } });
      return { id: u.id, password: "Пароль-надёжный-2" };
    },
  },
  // the security policy, someone's second factor and sessions: no region dimension
  "app/admin/security/actions.ts#updateSecurityPolicyAction": {
    expect: { ADMIN: "all" },
    input: () => ({ requireTotpForStaff: "yes" }), // the migration's default: the policy stays as it is
  },
  "app/admin/security/actions.ts#resetSecondFactorAction": {
    expect: { ADMIN: "all" },
    input: async (w) => ({ id: (await someUser(w)).id }),
  },
  "app/admin/security/actions.ts#revokeSessionsAction": {
    expect: { ADMIN: "all" },
    input: async (w) => ({ id: (await someUser(w)).id }),
  },
  "app/admin/survey/actions.ts#saveSurveyQuestionAction": {
    expect: { ADMIN: "all" },
    input: (w) => ({ projectId: w.project.id, kind: "scale", text: "Насколько полезно?" }),
  },
  "app/admin/survey/actions.ts#archiveSurveyQuestionAction": {
    expect: { ADMIN: "all" },
    input: async (w) => {
      const q = await w.db.surveyQuestion.create({ data: { projectId: w.project.id, kind: "text", text: "Что улучшить?" } });
      return { id: q.id, archived: "true" };
    },
  },
  "app/admin/reference/actions.ts#saveReferenceItemAction": {
    expect: { ADMIN: "all" },
    input: (w) => ({ kind: "category", projectId: w.project.id, code: `c-${fresh()}`, name: "Муниципальные служащие" }),
  },
  "app/admin/reference/actions.ts#saveRegionAction": {
    expect: { ADMIN: "all" },
    input: (w) => ({ projectId: w.project.id, code: `R${fresh()}`, name: "Новый регион", timezone: "Europe/Moscow" }),
  },
  "app/admin/reference/actions.ts#setReferenceStateAction": {
    expect: { ADMIN: "all" },
    input: async (w) => {
      const d = await w.db.direction.create({ data: { projectId: w.project.id, code: `d-${fresh()}`, name: "Право" } });
      return { kind: "direction", projectId: w.project.id, id: d.id, intent: "remove" };
    },
  },
  "app/admin/reference/actions.ts#saveProjectTargetsAction": {
    expect: { ADMIN: "all" },
    input: (w) => ({
      projectId: w.project.id,
      name: w.project.name,
      timezone: "Europe/Moscow",
      targetEventsHeld: "10",
      targetCategoriesCovered: "1",
      targetDirectionsCovered: "1",
      targetExpertsPerRegion: "1",
      targetInfoResourcesPerRegion: "1",
      targetSatisfactionAvg: "4.5",
      feedbackWindowDays: "14",
    }),
  },
  "app/admin/reference/actions.ts#saveFormatNamesAction": {
    expect: { ADMIN: "all" },
    input: () => Object.fromEntries(EVENT_FORMATS.map((f) => [f, `Формат ${f}`])),
  },
  "app/admin/import/actions.ts#importUploadAction": {
    expect: { ADMIN: "all" },
    input: () => ({ bundle: new File(["{}"], "bundle.json", { type: "application/json" }) }),
  },
  "app/api/v1/import/route.ts POST": { expect: { ADMIN: "all" }, input: () => ({ body: "{}" }) },
  "app/api/v1/projects/[code]/bundle/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: (w) => ({ params: { code: w.project.code } }),
  },
  "app/api/v1/projects/[code]/kpi/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
    input: (w) => ({ params: { code: w.project.code }, search: "year=2026" }),
  },
  "app/dashboard/report.pdf/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
    input: () => ({ search: "year=2026&quarter=1" }),
  },
  "app/dashboard/report.xlsx/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
    input: () => ({ search: "year=2026&quarter=1" }),
  },
  "app/dashboard/actions.ts#recordAssessmentAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: (w) => ({
      projectId: w.project.id,
      year: "2026",
      quarter: String(1 + (Number.parseInt(fresh(), 36) % 4)),
      verdict: "met",
      summary: "Результаты квартала достигнуты полностью",
    }),
  },
  "app/rating/actions.ts#takeSnapshotAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: (w) => ({ projectId: w.project.id, month: "2026-02" }),
  },
  "app/rating/snapshots/[id]/digest.pdf/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
    input: async (w) => ({ params: { id: (await snapshot(w)).id } }),
  },
  "app/rating/snapshots/[id]/digest.xlsx/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "all" },
    input: async (w) => ({ params: { id: (await snapshot(w)).id } }),
  },
  "app/roadmap/actions.ts#saveMilestoneAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: (w) => ({
      projectId: w.project.id,
      title: "Запуск портала",
      owner: "Минтруд",
      startDate: "2026-01-10",
      dueDate: "2026-06-30",
      progress: "10",
    }),
  },
  "app/roadmap/actions.ts#deleteMilestoneAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: async (w) => {
      const m = await w.db.roadmapMilestone.create({
        data: { projectId: w.project.id, title: "Веха", owner: "Минтруд", dueDate: new Date("2026-06-30") },
      });
      return { id: m.id, projectId: w.project.id };
    },
  },
  // —— shell, sign-in, self-service
  "app/actions/session-actions.ts#signOutAction": { expect: everyone, input: () => ({}) },
  "app/actions/session-actions.ts#setLocaleAction": { expect: everyone, input: () => ({ locale: "en" }) },
  "app/login/actions.ts#signInAction": {
    expect: everyone,
    input: () => ({ email: "someone@example.ru", password: "Пароль-надёжный-1" }),
  },
  "app/register/actions.ts#registerAction": {
    expect: everyone,
    input: (w) => ({
      fullName: "Новикова Ольга Игоревна",
      email: `new-${fresh()}@example.ru`,
      password: "Пароль-надёжный-1",
      passwordConfirm: "Пароль-надёжный-1",
      projectId: w.project.id,
      categoryId: w.category.id,
      regionId: w.own.id,
      consent: "on",
    }),
  },
  "app/login/forgot/actions.ts#requestPasswordResetAction": {
    expect: everyone,
    input: () => ({ email: "someone@example.ru" }),
  },
  "app/login/reset/actions.ts#resetPasswordWithTokenAction": {
    // an unknown link is refused next to the field, past any permission check: the token is the credential
    expect: everyone,
    input: () => ({ token: "a".repeat(43), password: "Пароль-надёжный-1", passwordConfirm: "Пароль-надёжный-1" }),
  },
  // the own account's security: no region dimension. A wrong current password or code is a field error.
  "app/account/security/actions.ts#changePasswordAction": {
    expect: signedIn,
    input: () => ({ currentPassword: "Неверный-пароль-1", password: "Пароль-надёжный-1", passwordConfirm: "Пароль-надёжный-1" }),
  },
  "app/account/security/actions.ts#startTotpEnrolmentAction": { expect: signedIn, input: () => ({}) },
  "app/account/security/actions.ts#confirmTotpEnrolmentAction": {
    expect: signedIn,
    input: () => ({ code: "0000000" }), // seven digits: never an app's code
  },
  "app/account/security/actions.ts#disableSecondFactorAction": {
    // the policy (requireTotpForStaff, on by default) keeps the factor for staff: only a participant may drop it
    expect: { PARTICIPANT: "all" },
    input: () => ({ password: "Неверный-пароль-1" }),
  },
  "app/account/security/actions.ts#endOwnSessionAction": { expect: signedIn, input: () => ({ sessionId: "others" }) },
  "app/api/auth/[...nextauth]/route.ts GET": { expect: everyone, input: () => ({ params: { nextauth: "providers" } }) },
  "app/api/auth/[...nextauth]/route.ts POST": { expect: everyone, input: () => ({ params: { nextauth: "signout" } }) },
  "app/api/health/route.ts GET": { expect: everyone, input: () => ({}) },
  "app/calendar/[token]/route.ts GET": {
    // the feed's token is the credential: the owner's token answers for everyone, a made-up one for nobody
    expect: { anon: "self", ADMIN: "self", MINISTRY: "self", COORDINATOR: "self", EXPERT: "self", PARTICIPANT: "self" },
    notLogged: "the feed ignores the session: a made-up token is no refusal of the signed-in user",
    input: async (w, side) => ({ params: { token: side === "own" ? calendarToken(w) : "not-a-token.ics" } }),
  },
  // a deletion request concerns a participant card: other roles have none (NOT_FOUND)
  "app/my/data/actions.ts#requestDeletionAction": { expect: { PARTICIPANT: "all" }, input: () => ({}) },
  "app/my/data.json/route.ts GET": { expect: signedIn, input: () => ({}) },
  "app/my/data.xlsx/route.ts GET": { expect: signedIn, input: () => ({}) },
  "app/expert/profile/actions.ts#updateExpertProfileAction": {
    expect: { EXPERT: "all" },
    input: () => ({ email: "expert@mail.ru", phone: "+7 4852 12-34-56", organization: "АНО", competences: "Наставничество" }),
  },
  // —— events
  "app/events/new/actions.ts#createEventAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: (w, side) => ({ ...eventForm(w), regionId: regionOf(w, side).id }),
  },
  "app/events/[id]/edit/actions.ts#updateEventAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ ...eventForm(w), id: (await eventIn(w, side)).id }),
  },
  "app/events/[id]/manage-actions.ts#publishEventAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await eventIn(w, side, { draft: true })).id }),
  },
  "app/events/[id]/manage-actions.ts#cancelEventAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await eventIn(w, side)).id, cancelReason: "Болезнь спикера" }),
  },
  "app/events/[id]/manage-actions.ts#markEventHeldAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const e = await eventIn(w, side);
      await w.db.event.update({
        where: { id: e.id },
        data: { startsAt: new Date("2026-01-10T07:00:00Z"), endsAt: new Date("2026-01-10T10:00:00Z") },
      });
      return { id: e.id };
    },
  },
  "app/events/[id]/manage-actions.ts#copyEventAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await eventIn(w, side)).id, date: "2026-12-20", confirmWarnings: "on" }),
  },
  "app/events/[id]/manage-actions.ts#eventSeriesAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await eventIn(w, side)).id, count: "2", confirmWarnings: "on" }),
  },
  "app/events/[id]/survey/actions.ts#setEventQuestionsAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ eventId: (await eventIn(w, side)).id }),
  },
  "app/events/[id]/event.ics/route.ts GET": {
    expect: signedIn,
    input: async (w, side) => ({ params: { id: (await eventIn(w, side)).id } }),
  },
  "app/events/[id]/registration-actions.ts#changeRegistrationAction": {
    // only a person in the participant registry can register; the event's region does not matter
    expect: { PARTICIPANT: "all" },
    input: async (w, side) => ({ eventId: (await eventIn(w, side)).id, intent: "register" }),
  },
  "app/events/[id]/registration-actions.ts#cancelAction": {
    // the own registration of the participant; on the other side there is none to cancel
    expect: { PARTICIPANT: "self" },
    input: async (w, side) => {
      const e = await eventIn(w, side);
      // the peer side: someone else's registration on the same event
      const participantId = side === "own" ? w.member.id : side === "peer" ? w.peerMember.id : null;
      if (participantId) await w.db.registration.create({ data: { eventId: e.id, participantId } });
      return { eventId: e.id };
    },
  },
  "app/events/[id]/feedback/actions.ts#submitFeedbackAction": {
    // an attendee of the event only
    expect: { PARTICIPANT: "self" },
    input: async (w, side) => ({ eventId: (await attendedEvent(w, side)).id, rating: "5" }),
  },
  "app/events/[id]/conclusion/actions.ts#saveConclusionAction": {
    // an expert linked to the event only
    expect: { EXPERT: "self" },
    input: async (w, side) => ({
      eventId: (await eventIn(w, side, { past: true })).id,
      whatWorked: "Хорошая организация",
      recommendations: "Больше практики",
      assessment: "5",
    }),
  },
  "app/events/[id]/attendance.csv/route.ts GET": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ params: { id: (await eventIn(w, side)).id } }),
  },
  "app/events/[id]/attendance.xlsx/route.ts GET": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ params: { id: (await eventIn(w, side)).id } }),
  },
  "app/events/[id]/survey.xlsx/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ params: { id: (await eventIn(w, side, { past: true })).id } }),
  },
  "app/events/[id]/registrations/actions.ts#saveAttendanceAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const { event, registration } = await registrationIn(w, side);
      return { eventId: event.id, attended: [registration.id], shown: [registration.id] };
    },
  },
  "app/events/[id]/registrations/actions.ts#promoteAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const { event, registration } = await registrationIn(w, side, "waitlisted");
      return { eventId: event.id, registrationId: registration.id };
    },
  },
  "app/events/[id]/registrations/actions.ts#approveApplicationAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const { event, registration } = await registrationIn(w, side, "pending");
      return { eventId: event.id, registrationId: registration.id };
    },
  },
  "app/events/[id]/registrations/actions.ts#declineApplicationAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const { event, registration } = await registrationIn(w, side, "pending");
      return { eventId: event.id, registrationId: registration.id, reason: "Нет мест для вашей категории" };
    },
  },
  // —— participants, experts, publications
  "app/participants/[id]/actions.ts#updateParticipantAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const p = await participantIn(w, side);
      return { id: p.id, fullName: "Петров Пётр", categoryId: w.category.id, regionId: regionOf(w, side).id };
    },
  },
  "app/participants/[id]/actions.ts#mergeParticipantsAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const [a, b] = [await participantIn(w, side), await participantIn(w, side)];
      return { id: a.id, other: b.code, keep: "this" };
    },
  },
  "app/participants/[id]/actions.ts#anonymizeParticipantAction": {
    expect: { ADMIN: "all" },
    input: async (w, side) => ({ id: (await participantIn(w, side)).id }),
  },
  "app/participants/[id]/data.json/route.ts GET": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ params: { id: (await participantIn(w, side)).id } }),
  },
  "app/participants/import/actions.ts#importParticipantsAction": {
    expect: { ADMIN: "all", COORDINATOR: "all" },
    input: () => ({ file: new File(["ФИО;E-mail;Регион;Категория\n"], "people.csv", { type: "text/csv" }) }),
  },
  "app/participants/import/template.csv/route.ts GET": { expect: { ADMIN: "all", COORDINATOR: "all" }, input: () => ({}) },
  "app/experts/actions.ts#saveExpertAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: (w, side) => ({
      projectId: w.project.id,
      regionId: regionOf(w, side).id,
      fullName: "Иванова Мария Петровна",
      email: "ivanova@mail.ru",
      consent: "on",
    }),
  },
  "app/publications/actions.ts#savePublicationAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({
      projectId: w.project.id,
      resourceId: (await resource(w)).id,
      regionId: regionOf(w, side).id,
      url: `https://news.example.ru/${fresh()}`,
      publishedAt: "2026-03-01",
    }),
  },
  "app/publications/actions.ts#deletePublicationAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const p = await w.db.publication.create({
        data: {
          projectId: w.project.id,
          resourceId: (await resource(w)).id,
          regionId: regionOf(w, side).id,
          url: `https://news.example.ru/${fresh()}`,
          publishedAt: new Date("2026-03-01"),
        },
      });
      return { id: p.id };
    },
  },
  "app/publications/actions.ts#saveResourceAction": {
    expect: { ADMIN: "all" },
    input: (w) => ({ projectId: w.project.id, code: `res-${fresh()}`, name: "Газета", kind: "media" }),
  },
  // —— protocols and assignments
  "app/protocols/actions.ts#scheduleMeetingsAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: (w) => ({ projectId: w.project.id, title: "Еженедельное совещание", startsAt: "2026-12-01T10:00", weeks: "1" }),
  },
  "app/protocols/actions.ts#writeProtocolAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: async (w, side) => {
      const [meetingId] = await scheduleMeetings(
        w.db,
        w.users.ADMIN,
        meetingSchema.parse({ projectId: w.project.id, title: "Совещание", startsAt: "2026-03-02T10:00", weeks: "1" }),
      );
      return {
        meetingId,
        protocolNumber: `№ ${fresh()}`,
        protocolDate: "2026-03-02",
        decisions: "Решения совещания",
        "assignments.0.text": "Представить отчёт",
        "assignments.0.regionIds": regionOf(w, side).id,
        "assignments.0.dueDate": "2026-12-20",
      };
    },
  },
  "app/assignments/actions.ts#startAssignmentAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ itemId: (await assignmentItem(w, side)).id }),
  },
  "app/assignments/actions.ts#submitReportAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ itemId: (await assignmentItem(w, side)).id, text: "Отчёт о выполнении" }),
  },
  "app/assignments/actions.ts#reviewReportAction": {
    expect: { ADMIN: "all", MINISTRY: "all" },
    input: async (w, side) => ({ itemId: (await assignmentItem(w, side, true)).id, decision: "accepted", comment: "Принято" }),
  },
  "app/assignments/actions.ts#setResponsibleAction": {
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "region" },
    input: async (w, side) => ({
      itemId: (await assignmentItem(w, side)).id,
      // the own region's coordinator (own), its second coordinator (peer); the other region has none: cleared
      responsibleId: side === "own" ? w.users.COORDINATOR.id : side === "peer" ? w.peerCoordinator.id : "",
    }),
  },
  "app/api/v1/files/[id]/route.ts GET": {
    // a plan item's evidence: those who see the reserve, the member and their mentor; 404 for anyone else
    expect: { ADMIN: "all", MINISTRY: "all", COORDINATOR: "region", EXPERT: "self", PARTICIPANT: "self" },
    input: async (w, side) => ({ params: { id: (await planEvidenceIn(w, side)).id } }),
  },
  // —— personnel reserve
  "app/reserve/actions/reserves.ts#saveReserveAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: (w, side) => ({
      projectId: w.project.id,
      regionId: regionOf(w, side).id,
      code: `R-${fresh()}`,
      targetPosition: "Руководитель",
      capacity: "5",
      termMonths: "36",
    }),
  },
  "app/reserve/actions/candidates.ts#nominateAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const r = await reserveIn(w, side);
      return { reserveId: r.reserve.id, participantCode: (await participantIn(w, side)).code, source: "employer" };
    },
  },
  "app/reserve/actions/candidates.ts#transitionAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ candidateId: (await reserveIn(w, side)).candidate.id, to: "in_development" }),
  },
  "app/reserve/actions/candidates.ts#assignMentorAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({
      candidateId: (await reserveIn(w, side)).candidate.id,
      expertCode: (await expertIn(w, side)).code,
      startedOn: "2026-02-01",
    }),
  },
  "app/reserve/actions/candidates.ts#addDiagnosticAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({
      candidateId: (await reserveIn(w, side)).candidate.id,
      method: "Тест лидерских качеств",
      heldOn: "2026-02-01",
      summary: "Высокий уровень",
    }),
  },
  "app/reserve/actions/competencies.ts#saveCompetencyAction": {
    expect: { ADMIN: "all" },
    input: (w) => ({
      projectId: w.project.id,
      area: "Управление",
      name: `Стратегия ${fresh()}`,
      levels: "Базовый\nРабочий\nУверенный\nЭкспертный",
    }),
  },
  "app/reserve/actions/competencies.ts#assessAction": {
    // an expert assesses only the candidates they mentor, a member only themselves (own side)
    expect: { ADMIN: "all", COORDINATOR: "region", EXPERT: "self", PARTICIPANT: "self" },
    input: async (w, side) => {
      const r = await reserveIn(w, side);
      return { candidateId: r.candidate.id, competencyId: r.competency.id, level: "3", rater: "expert" };
    },
  },
  "app/reserve/actions/plans.ts#createPlanAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const r = await reserveIn(w, side);
      await w.db.developmentPlan.deleteMany({ where: { candidateId: r.candidate.id } });
      return { candidateId: r.candidate.id, year: "2026" };
    },
  },
  "app/reserve/actions/plans.ts#addPlanItemAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({
      planId: (await reserveIn(w, side)).plan.id,
      kind: "task",
      title: "Проект",
      dueDate: "2026-10-01",
    }),
  },
  "app/reserve/actions/plans.ts#completePlanItemAction": {
    expect: { PARTICIPANT: "self" },
    input: async (w, side) => ({ itemId: (await reserveIn(w, side)).item.id, memberReport: "Посетил семинар" }),
  },
  "app/reserve/actions/plans.ts#commentPlanItemAction": {
    // organizers of the region and the candidate's mentor
    expect: { ADMIN: "all", COORDINATOR: "region", EXPERT: "self" },
    input: async (w, side) => ({ itemId: (await reserveIn(w, side)).item.id, comment: "Хорошо" }),
  },
  "app/reserve/actions/plans.ts#registerFromPlanAction": {
    expect: { PARTICIPANT: "self" },
    input: async (w, side) => ({ id: (await reserveIn(w, side)).item.id }),
  },
  "app/reserve/actions/plans.ts#submitPlanReportAction": {
    expect: { PARTICIPANT: "self" },
    input: async (w, side) => ({ planId: (await reserveIn(w, side)).plan.id, report: "План выполнен" }),
  },
  "app/reserve/actions/competition.ts#createCompetitionAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ reserveId: (await reserveIn(w, side)).reserve.id, title: "Конкурс", year: "2026" }),
  },
  "app/reserve/actions/competition.ts#addStageAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ competitionId: (await reserveIn(w, side)).competition.id, name: "Тест", passThreshold: "60" }),
  },
  "app/reserve/actions/competition.ts#addCriterionAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ stageId: (await reserveIn(w, side)).stage.id, name: "Знания", weight: "2", maxScore: "10" }),
  },
  "app/reserve/actions/competition.ts#enterCandidateAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const r = await reserveIn(w, side);
      await w.db.competitionEntry.deleteMany({ where: { id: r.entry.id } });
      return { competitionId: r.competition.id, candidateId: r.candidate.id };
    },
  },
  "app/reserve/actions/competition.ts#assignJurorAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ entryId: (await reserveIn(w, side)).entry.id, expertCode: (await expertIn(w, side)).code }),
  },
  "app/reserve/actions/competition.ts#recordConflictAction": {
    // the organizers, or the juror declaring their own conflict
    expect: { ADMIN: "all", COORDINATOR: "region", EXPERT: "self" },
    input: async (w, side) => {
      const r = await reserveIn(w, side);
      return { entryId: r.entry.id, expertId: r.mentor.id, reason: "Бывший коллега" };
    },
  },
  "app/reserve/actions/competition.ts#scoreEntryAction": {
    expect: { EXPERT: "self" },
    input: async (w, side) => {
      const r = await reserveIn(w, side);
      return { entryId: r.entry.id, stageId: r.stage.id, [`score_${r.criterion.id}`]: "8" };
    },
  },
  "app/reserve/actions/competition.ts#closeStageAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await reserveIn(w, side)).stage.id }),
  },
  "app/reserve/actions/plans.ts#editPlanItemAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({
      itemId: (await menteeIn(w, side)).item.id,
      kind: "course",
      title: "Курс по проектному управлению",
      dueDate: "2026-11-30",
    }),
  },
  "app/reserve/actions/plans.ts#cancelPlanItemAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ itemId: (await menteeIn(w, side)).item.id, reason: "Курс отменён организатором" }),
  },
  "app/reserve/actions/plans.ts#concludePlanReportAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const { plan } = await menteeIn(w, side);
      await w.db.developmentPlan.update({
        where: { id: plan.id },
        data: { report: "План выполнен", reportSubmittedAt: new Date() },
      });
      return { planId: plan.id, conclusion: "План выполнен, рекомендую к назначению" };
    },
  },
  "app/reserve/actions/candidates.ts#nominateSelfAction": {
    // a participant, into a reserve of their own region; another region's reserve is «not found»
    expect: { PARTICIPANT: "region" },
    input: async (w, side) => ({ reserveId: (await emptyReserveIn(w, side)).id, reason: "Хочу развиваться в управлении" }),
  },
  "app/reserve/actions/mentoring.ts#logMeetingAction": {
    // the mentor of the pair only
    expect: { EXPERT: "self" },
    input: async (w, side) => ({ pairId: (await menteeIn(w, side)).pair.id, heldOn: "2026-02-01", topic: "Цели на год" }),
  },
  "app/reserve/actions/mentoring.ts#rateMentorAction": {
    // the mentee of the pair only
    expect: { PARTICIPANT: "self" },
    input: async (w, side) => ({ pairId: (await menteeIn(w, side)).pair.id, rating: "5", comment: "Полезные встречи" }),
  },
  "app/reserve/actions/mentoring.ts#endPairAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ pairId: (await menteeIn(w, side)).pair.id, endedOn: "2026-06-01" }),
  },
  "app/reserve/cyclogram/actions.ts#saveActivityAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      const { activity } = await cyclogramTaskIn(w, side);
      return {
        id: activity.id,
        projectId: w.project.id,
        regionId: activity.regionId,
        title: "Мониторинг выполнения ИОМ",
        startMonth: "5",
        endMonth: "6",
        owner: "Куратор резерва",
        remindDays: "7",
      };
    },
  },
  "app/reserve/cyclogram/actions.ts#loadTemplateAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: (w, side) => ({ projectId: w.project.id, regionId: regionOf(w, side).id }),
  },
  "app/reserve/cyclogram/actions.ts#generateYearAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => {
      await cyclogramTaskIn(w, side); // the region's template has an activity to generate from
      return { projectId: w.project.id, regionId: regionOf(w, side).id, year: "2027" };
    },
  },
  "app/reserve/cyclogram/actions.ts#setTaskDoneAction": {
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await cyclogramTaskIn(w, side)).task.id, done: "true" }),
  },
  "app/reserve/cyclogram/actions.ts#setTaskOwnerAction": {
    // an administrator may own a task of any region
    expect: { ADMIN: "all", COORDINATOR: "region" },
    input: async (w, side) => ({ id: (await cyclogramTaskIn(w, side)).task.id, ownerUserId: w.users.ADMIN.id }),
  },
};

function someUser(w: World) {
  return w.db.user.create({ data: { email: `s-${fresh()}@example.ru`, fullName: "Сидоров Иван", passwordHash: "x" } });
}

async function resource(w: World) {
  return w.db.informationResource.create({
    data: { projectId: w.project.id, code: `res-${fresh()}`, name: "Портал", kind: "portal" },
  });
}

let taken: Promise<{ id: string }> | undefined;
function snapshot(w: World) {
  return (taken ??= takeRatingSnapshot(w.db, w.users.ADMIN, { projectId: w.project.id, year: 2026, month: 1 }));
}

function calendarToken(w: World): string {
  return `${signFeedToken(w.users.PARTICIPANT.id)}.ics`;
}

// Registrations, attendance and questionnaire ratings of the demo events. People mostly go to events of
// their own region and of their categories; webinars draw from everywhere. Held events are attended by
// most of those registered, and most attendees rate them (mostly 4–5). Seats never exceed capacity:
// once an event is full, later requests go to the wait-list.
import { COMMENTS } from "./data/comments";
import type { DemoEvent, Mood } from "./data/event-types";
import type { DemoParticipant } from "./demo-participants";
import { DEMO_PARTICIPANT_CODE } from "./demo-participants";
import type { Random } from "./prng";

export type DemoRegistration = {
  eventCode: string;
  participantCode: string;
  status: "registered" | "waitlisted" | "cancelled";
  attended: boolean;
};
export type DemoFeedback = { eventCode: string; participantCode: string; rating: number; comment?: string };

type Planned = { eventCode: string; status: DemoRegistration["status"]; attended?: boolean; rating?: number; comment?: string };

/**
 * The history of the demo PARTICIPANT account: rated past events, an attended one still waiting for
 * a rating (held a week ago, inside the questionnaire window), a no-show, upcoming registrations and a
 * place on a wait-list.
 */
const DEMO_ACCOUNT_HISTORY: Planned[] = [
  {
    eventCode: "EV-YAR-02",
    status: "registered",
    attended: true,
    rating: 5,
    comment: "Много практики, многое сразу применю в работе",
  },
  { eventCode: "EV-KOS-02", status: "cancelled" },
  {
    eventCode: "EV-YAR-05",
    status: "registered",
    attended: true,
    rating: 5,
    comment: "Полезно пообщаться с коллегами из других регионов",
  },
  { eventCode: "EV-VLA-05", status: "registered", attended: true, rating: 4 },
  { eventCode: "EV-YAR-09", status: "registered", attended: false },
  { eventCode: "EV-YAR-11", status: "registered", attended: true },
  { eventCode: "EV-YAR-12", status: "registered" },
  { eventCode: "EV-VLA-11", status: "waitlisted" },
  { eventCode: "EV-YAR-13", status: "registered" },
];

const RATING_WEIGHTS: Record<Mood, number[]> = {
  // ratings 5, 4, 3, 2, 1
  excellent: [78, 20, 2, 0, 0],
  good: [58, 35, 6, 1, 0],
  mixed: [33, 42, 18, 5, 2],
};
const ATTENDANCE = 0.87;
const RESPONSE_RATE = 0.72;
const CANCELLATION = 0.06;

export function generateRegistrations(random: Random, events: DemoEvent[], participants: DemoParticipant[]) {
  const registrations: DemoRegistration[] = [];
  const feedback: DemoFeedback[] = [];

  const rate = (eventCode: string, participantCode: string, mood: Mood) => {
    const rating = random.weighted([5, 4, 3, 2, 1] as const, RATING_WEIGHTS[mood]);
    const comment = random.chance(0.45) ? random.pick(COMMENTS[rating]) : undefined;
    feedback.push({ eventCode, participantCode, rating, ...(comment && { comment }) });
  };

  for (const event of events) {
    const planned = DEMO_ACCOUNT_HISTORY.filter((p) => p.eventCode === event.code);
    let seats = 0;
    for (const p of planned) {
      registrations.push({
        eventCode: event.code,
        participantCode: DEMO_PARTICIPANT_CODE,
        status: p.status,
        attended: p.attended ?? false,
      });
      if (p.status === "registered") seats++;
      if (p.rating)
        feedback.push({ eventCode: event.code, participantCode: DEMO_PARTICIPANT_CODE, rating: p.rating, comment: p.comment });
    }

    const wanted =
      Math.min(event.capacity ? Math.round(event.capacity * event.demand) : event.demand, participants.length) - planned.length;
    for (const person of choosePeople(random, event, participants, wanted)) {
      let status: DemoRegistration["status"];
      // registrations of a cancelled event were cancelled with it
      if (event.status === "cancelled" || random.chance(CANCELLATION)) status = "cancelled";
      else if (event.capacity !== undefined && seats >= event.capacity) status = "waitlisted";
      else {
        status = "registered";
        seats++;
      }
      const attended = status === "registered" && event.status === "held" && random.chance(ATTENDANCE);
      registrations.push({ eventCode: event.code, participantCode: person.code, status, attended });
      if (attended && random.chance(RESPONSE_RATE)) rate(event.code, person.code, event.mood);
    }
  }
  return { registrations, feedback };
}

/** `count` different people, drawn with weights: own region, the event's audience. */
function choosePeople(random: Random, event: DemoEvent, participants: DemoParticipant[], count: number): DemoParticipant[] {
  const online = event.format === "webinar";
  const weightOf = (p: DemoParticipant) =>
    (online || p.regionCode === event.regionCode ? 6 : 1) * (event.audience?.includes(p.categoryCode) ? 4 : 1);
  const pool = participants.map((p) => ({ p, w: weightOf(p) }));
  const chosen: DemoParticipant[] = [];
  while (chosen.length < count && pool.length) {
    let r = random.next() * pool.reduce((sum, x) => sum + x.w, 0);
    let i = 0;
    while (i < pool.length - 1 && (r -= pool[i].w) >= 0) i++;
    chosen.push(pool[i].p);
    pool.splice(i, 1);
  }
  return chosen;
}

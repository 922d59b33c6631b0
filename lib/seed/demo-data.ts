// All of the demo project in one deterministic structure: the hand-written tables (lib/seed/data/) plus
// the generated people, registrations, ratings and publications. The bundle (demo-bundle.ts) and the
// details the bundle does not carry (apply-demo-details.ts) are both cut from it.
import { DEMO_EXPERTS, type DemoExpert } from "./data/experts";
import type { DemoEvent } from "./data/event-types";
import { EVENTS_Q1 } from "./data/events-q1";
import { EVENTS_Q2 } from "./data/events-q2";
import { EVENTS_Q3 } from "./data/events-q3";
import { EVENTS_Q4 } from "./data/events-q4";
import { DEMO_RESOURCES, type DemoResource } from "./data/media";
import { demoAccountParticipant, generateParticipants, type DemoParticipant } from "./demo-participants";
import { generatePublications, type DemoPublication } from "./demo-publications";
import { generateRegistrations, type DemoFeedback, type DemoRegistration } from "./demo-registrations";
import { createRandom } from "./prng";

export type DemoData = {
  experts: DemoExpert[];
  participants: DemoParticipant[];
  events: DemoEvent[];
  registrations: DemoRegistration[];
  feedback: DemoFeedback[];
  resources: DemoResource[];
  publications: DemoPublication[];
};

export const DEMO_EVENTS: DemoEvent[] = [...EVENTS_Q1, ...EVENTS_Q2, ...EVENTS_Q3, ...EVENTS_Q4];

export function buildDemoData(): DemoData {
  // one random stream per part, so that editing the events does not reshuffle the people
  const people = generateParticipants(createRandom(2026_01));
  const { registrations, feedback } = generateRegistrations(createRandom(2026_02), DEMO_EVENTS, people);
  const publications = generatePublications(createRandom(2026_03), DEMO_EVENTS);
  return {
    experts: DEMO_EXPERTS,
    participants: [demoAccountParticipant(), ...people],
    events: DEMO_EVENTS,
    registrations,
    feedback,
    resources: DEMO_RESOURCES,
    publications,
  };
}

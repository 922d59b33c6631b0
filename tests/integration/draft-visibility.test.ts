// Issue 18, item 7: a draft event is absent for everyone but its region's organizers on every path that
// reads events — the event's .ics file, the personal calendar feed, the expert's profile — as on its page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarFeed, eventCalendar } from "../../lib/calendar/user-feed";
import { signFeedToken } from "../../lib/calendar/feed-token";
import { getEvent } from "../../lib/events/get-event";
import { getExpertProfile } from "../../lib/experts/get-expert-profile";
import { makeEvent, makeParticipants, makeProject, makeUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof build>>;
const NOW = new Date("2026-11-25T09:00:00Z");

async function build() {
  process.env.AUTH_SECRET ??= "integration-test-secret";
  const ctx = await makeProject(t.db);
  const [yar, kos] = ctx.regions;
  const draft = await makeEvent(t.db, ctx.project.id, yar.id, ctx.direction.id, { draft: true });
  const published = await makeEvent(t.db, ctx.project.id, yar.id, ctx.direction.id);
  await t.db.event.update({ where: { id: draft.id }, data: { title: "Черновик: секретная площадка", venue: "Кабинет 101" } });
  const [participant] = await makeParticipants(t.db, 1, ctx);
  const person = await t.db.participant.findFirstOrThrow({ where: { userId: participant.id } });
  // registered for both (the draft was published and taken back, or the row came from an import)
  for (const event of [draft, published]) {
    await t.db.registration.create({ data: { eventId: event.id, participantId: person.id, status: "registered" } });
  }
  const expertUser = await makeUser(t.db, "EXPERT");
  const expert = await t.db.expert.create({
    data: { projectId: ctx.project.id, code: "E-DRAFT", fullName: "Эксперт Черновиков", userId: expertUser.user.id },
  });
  for (const event of [draft, published]) await t.db.eventExpert.create({ data: { eventId: event.id, expertId: expert.id } });
  return {
    ctx,
    draft,
    published,
    participant,
    expert: expertUser.session,
    organizer: (await makeUser(t.db, "COORDINATOR", [yar.id])).session,
    otherOrganizer: (await makeUser(t.db, "COORDINATOR", [kos.id])).session,
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  world = await build();
});
afterAll(async () => t?.drop());

describe("a draft event", () => {
  it("its .ics file is «not found» for a participant, an expert and another region's organizer", async () => {
    for (const user of [world.participant, world.expert, world.otherOrganizer]) {
      await expect(eventCalendar(t.db, user, world.draft.id, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getEvent(t.db, user, world.draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("its region's organizer gets the .ics file", async () => {
    const text = await eventCalendar(t.db, world.organizer, world.draft.id, { now: NOW });
    expect(text).toContain("Черновик: секретная площадка");
  });

  it("is not in the participant's calendar feed, the published one is", async () => {
    const text = await calendarFeed(t.db, signFeedToken(world.participant.id), { now: NOW });
    expect(text).toContain(`UID:${world.published.id}@kadry-portal`);
    expect(text).not.toContain(world.draft.id);
    expect(text).not.toContain("Кабинет 101");
  });

  it("is not on the linked expert's profile until it is published", async () => {
    const profile = await getExpertProfile(t.db, world.expert, world.ctx.project.id);
    expect(profile.events.items.map((e) => e.event.id)).toEqual([world.published.id]);
    expect(profile.events.total).toBe(1);
  });
});

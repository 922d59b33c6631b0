// The events list, month and week views filter in SQL by every URL filter; the date range and the
// calendar days are local days: the project's zone for the range, the event region's zone for the grid.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventFormat, EventStatus } from "@prisma/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, sessionUser } from "../helpers/factories";
import { listEvents } from "../../lib/events/list-events";
import { listEventsInRange } from "../../lib/events/list-events-in-range";
import { parseEventFilter } from "../../lib/events/event-filter";
import { listUpcomingEvents } from "../../lib/events/list-upcoming-events";

let t: TestDatabase;
const admin = sessionUser("ADMIN");
let projectId: string;
const ids: Record<string, string> = {};
let regionIds: Record<string, string>;
let directionIds: Record<string, string>;
let categoryId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const { project, regions, direction, category } = await makeProject(t.db);
  projectId = project.id;
  categoryId = category.id;
  const vla = await t.db.region.create({
    data: { code: `VLA-${project.code}`, name: "Приморский край", timezone: "Asia/Vladivostok" },
  });
  await t.db.projectRegion.create({ data: { projectId, regionId: vla.id } });
  const mentoring = await t.db.direction.create({ data: { projectId, code: "mentoring", name: "Наставничество" } });
  regionIds = { yar: regions[0].id, kos: regions[1].id, vla: vla.id };
  directionIds = { digital: direction.id, mentoring: mentoring.id };

  const make = async (
    key: string,
    data: {
      region: string;
      direction: string;
      format: EventFormat;
      status: EventStatus;
      startsAt: string;
      title: string;
      venue?: string;
    },
  ) => {
    const startsAt = new Date(data.startsAt);
    const event = await t.db.event.create({
      data: {
        projectId,
        code: `EV-${key.toUpperCase()}`,
        title: data.title,
        regionId: regionIds[data.region],
        directionId: directionIds[data.direction],
        format: data.format,
        status: data.status,
        venue: data.venue,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      },
    });
    ids[key] = event.id;
  };
  // 00:30 on 1 April in Moscow
  await make("a", {
    region: "yar",
    direction: "digital",
    format: "seminar",
    status: "planned",
    startsAt: "2026-03-31T21:30:00Z",
    title: "Семинар по цифровизации",
  });
  // 23:30 on 31 March in Moscow
  await make("b", {
    region: "kos",
    direction: "mentoring",
    format: "webinar",
    status: "held",
    startsAt: "2026-03-31T20:30:00Z",
    title: "Вебинар для наставников",
    venue: "Дом науки",
  });
  // 18:00 on 30 April in Moscow, 01:00 on 1 May in Vladivostok
  await make("c", {
    region: "vla",
    direction: "digital",
    format: "training",
    status: "cancelled",
    startsAt: "2026-04-30T15:00:00Z",
    title: "Тренинг лидеров",
  });
  await make("d", {
    region: "yar",
    direction: "mentoring",
    format: "master_class",
    status: "planned",
    startsAt: "2026-05-15T07:00:00Z",
    title: "Мастер-класс наставника",
  });

  // another project's event never shows
  const other = await makeProject(t.db);
  await makeEvent(t.db, other.project.id, other.regions[0].id, other.direction.id);
});
afterAll(async () => t.drop());

/** The keys of the events the list returns for a URL query, in list order. */
async function listFor(query: string) {
  const f = parseEventFilter(new URLSearchParams(query));
  const page = await listEvents(t.db, admin, {
    projectId,
    page: f.page,
    q: f.q,
    regionId: f.region,
    directionId: f.direction,
    format: f.format,
    status: f.status,
    from: f.from,
    to: f.to,
  });
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  expect(page.total).toBe(page.items.length); // counted by the same SQL filter
  return page.items.map((e) => byId[e.id]);
}

describe("the events list filters in SQL", () => {
  it("no filter: all the project's events by start", async () => {
    expect(await listFor("")).toEqual(["b", "a", "c", "d"]);
  });

  it("each filter narrows the list", async () => {
    expect(await listFor(`region=${regionIds.yar}`)).toEqual(["a", "d"]);
    expect(await listFor(`direction=${directionIds.mentoring}`)).toEqual(["b", "d"]);
    expect(await listFor("format=training")).toEqual(["c"]);
    expect(await listFor("status=held")).toEqual(["b"]);
    expect(await listFor("q=НАСТАВНИК")).toEqual(["b", "d"]);
    expect(await listFor("q=дом науки")).toEqual(["b"]); // the venue
    expect(await listFor("q=EV-C")).toEqual(["c"]); // the code
    expect(await listFor(`region=${regionIds.yar}&direction=${directionIds.mentoring}&status=planned`)).toEqual(["d"]);
  });

  it("bad URL values are ignored rather than failing", async () => {
    expect(await listFor("format=party&status=deleted&from=2026-13-01&page=-1")).toEqual(["b", "a", "c", "d"]);
  });

  it("the date range runs from local midnight to local midnight in the project's zone", async () => {
    // 2026-03-31T21:30Z is already 1 April in Moscow; 20:30Z is still 31 March
    expect(await listFor("from=2026-04-01&to=2026-04-01")).toEqual(["a"]);
    expect(await listFor("to=2026-03-31")).toEqual(["b"]);
    expect(await listFor("from=2026-04-01&to=2026-04-30")).toEqual(["a", "c"]);
    expect(await listFor("from=2026-05-01")).toEqual(["d"]);
  });

  it("the range follows the project's zone, not UTC", async () => {
    await t.db.project.update({ where: { id: projectId }, data: { timezone: "UTC" } });
    try {
      expect(await listFor("from=2026-04-01&to=2026-04-01")).toEqual([]);
      expect(await listFor("to=2026-03-31")).toEqual(["b", "a"]);
    } finally {
      await t.db.project.update({ where: { id: projectId }, data: { timezone: "Europe/Moscow" } });
    }
  });

  it("pages keep the filter", async () => {
    const page = await listEvents(t.db, admin, { projectId, page: 2, regionId: regionIds.yar });
    expect(page).toMatchObject({ page: 2, total: 2, pageCount: 1, items: [] });
  });

  it("needs a signed-in user", async () => {
    await expect(listEvents(t.db, null, { projectId, page: 1 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("calendar views group events by the local day of their region", () => {
  const base = () => ({ projectId, timeZone: "Europe/Moscow" });
  const keys = (days: Record<string, { id: string }[]>) => {
    const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
    return Object.fromEntries(Object.entries(days).map(([day, events]) => [day, events.map((e) => byId[e.id])]));
  };

  it("April's grid (30 March – 10 May) puts each event under its region-local day", async () => {
    const found = await listEventsInRange(t.db, admin, base(), { start: "2026-03-30", end: "2026-05-11" });
    expect(keys(found.days)).toEqual({ "2026-03-31": ["b"], "2026-04-01": ["a"], "2026-05-01": ["c"] });
    expect(found).toMatchObject({ count: 3, truncated: false });
  });

  it("an event on the next day in its region's zone belongs to that day's range", async () => {
    // c is 30 April in Moscow but 1 May in Vladivostok
    expect(keys((await listEventsInRange(t.db, admin, base(), { start: "2026-04-01", end: "2026-05-01" })).days)).toEqual({
      "2026-04-01": ["a"],
    });
    expect(keys((await listEventsInRange(t.db, admin, base(), { start: "2026-05-01", end: "2026-06-01" })).days)).toEqual({
      "2026-05-01": ["c"],
      "2026-05-15": ["d"],
    });
  });

  it("applies the other filters, and says when it stops at the cap", async () => {
    const range = { start: "2026-03-30", end: "2026-05-18" };
    expect(keys((await listEventsInRange(t.db, admin, { ...base(), directionId: directionIds.digital }, range)).days)).toEqual({
      "2026-04-01": ["a"],
      "2026-05-01": ["c"],
    });
    const capped = await listEventsInRange(t.db, admin, base(), range, 2);
    expect(capped).toMatchObject({ count: 2, truncated: true });
  });
});

describe("each listed event shows how many people hold a place on it", () => {
  // a: 2 registered, 1 on the wait-list, 1 cancelled; c: 1 registered; b and d: nobody
  beforeAll(async () => {
    const statuses = { a: ["registered", "registered", "waitlisted", "cancelled"], c: ["registered"] } as const;
    let n = 0;
    for (const [key, list] of Object.entries(statuses)) {
      for (const status of list) {
        const participant = await t.db.participant.create({
          data: { projectId, code: `REG-${++n}`, fullName: `Участник ${n}`, categoryId, regionId: regionIds.yar },
        });
        await t.db.registration.create({ data: { eventId: ids[key], participantId: participant.id, status } });
      }
    }
  });
  const expected = { a: 2, b: 0, c: 1, d: 0 };
  const byKey = (events: { id: string; registered: number }[]) =>
    Object.fromEntries(events.map((e) => [Object.keys(ids).find((k) => ids[k] === e.id), e.registered]));

  it("in the list, the calendar and the upcoming events", async () => {
    const list = await listEvents(t.db, admin, { projectId, page: 1 });
    expect(byKey(list.items)).toEqual(expected);
    const calendar = await listEventsInRange(t.db, admin, { projectId }, { start: "2026-03-01", end: "2026-06-01" });
    expect(byKey(Object.values(calendar.days).flat())).toEqual(expected);
    const upcoming = await listUpcomingEvents(t.db, admin, { projectId, now: new Date("2026-01-01T00:00:00Z") });
    // planned events only (b is held, c cancelled); the open events' free seats: my-events.test.ts
    expect(byKey(upcoming)).toEqual({ a: 2, d: 0 });
  });
});

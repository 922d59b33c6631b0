// One bad bundle per rule of bundle-format.md: the import is refused with the problem at its JSON path,
// and the database is exactly as before (row counts and contents of every table the import writes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBundle } from "../../lib/bundle/import-bundle";
import { validateBundle } from "../../lib/bundle/validate-bundle";
import { BundleValidationError, type BundleProblem } from "../../lib/bundle/bundle-problem";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeBundle, snapshot, type TestBundle } from "../helpers/bundle-builder";

let t: TestDatabase;
let existing: TestBundle; // a project already in the database, for rules that look at it
beforeAll(async () => {
  t = await createTestDatabase();
  existing = makeBundle();
  await importBundle(t.db, existing);
});
afterAll(async () => t.drop());

/** Imports `bundle`, expects a refusal listing `path` (with a message matching `message`), and no write. */
async function expectRefused(bundle: unknown, path: string, message?: RegExp): Promise<BundleProblem[]> {
  const before = await snapshot(t.db);
  const error = await importBundle(t.db, bundle).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BundleValidationError);
  const problems = (error as BundleValidationError).problems;
  const atPath = problems.filter((p) => p.path === path);
  expect(atPath, `problems: ${JSON.stringify(problems)}`).not.toHaveLength(0);
  if (message) expect(atPath.map((p) => p.message).join(" | ")).toMatch(message);
  expect((error as BundleValidationError).status).toBe(422);
  expect(await snapshot(t.db)).toEqual(before);
  return problems;
}

describe("the bundle as a whole", () => {
  it("accepts the valid test bundle (the base of every case below)", async () => {
    expect((await validateBundle(t.db, makeBundle())).problems).toEqual([]);
  });
  it("format must be exactly kadry-bundle/1", async () => {
    await expectRefused({ ...makeBundle(), format: "kadry-bundle/2" }, "format", /kadry-bundle\/1/);
  });
  it("unknown top-level keys are errors", async () => {
    await expectRefused({ ...makeBundle(), comments: [] }, "comments", /неизвестный раздел/);
  });
  it("not an object at all", async () => {
    await expectRefused([1, 2], "", /объектом JSON/);
  });
  it("a list that is not a list", async () => {
    await expectRefused({ ...makeBundle(), events: { code: "EV1" } }, "events", /ожидался список/);
  });
  it("reports every problem at once", async () => {
    const b = makeBundle();
    b.events[0].regionCode = "YAR2";
    b.participants[1].email = "не-почта";
    b.feedback[0].rating = 7;
    const problems = await expectRefused(b, "events[0].regionCode", /неизвестный регион "YAR2"/);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(["participants[1].email", "feedback[0].rating"]));
  });
});

describe("codes and references", () => {
  it("codes are unique within their list", async () => {
    const b = makeBundle();
    b.participants[2].code = "P1";
    await expectRefused(b, "participants[2].code", /повторяется/);
  });
  it.each([
    ["events", 0, "regionCode", /неизвестный регион/],
    ["events", 0, "directionCode", /неизвестный код направления/],
    ["participants", 0, "categoryCode", /неизвестный код категории/],
    ["participants", 0, "regionCode", /неизвестный регион/],
    ["experts", 0, "regionCode", /неизвестный регион/],
    ["registrations", 0, "eventCode", /неизвестный код мероприятия/],
    ["registrations", 0, "participantCode", /неизвестный код участника/],
    ["publications", 0, "resourceCode", /неизвестный информационный ресурс/],
    ["publications", 0, "regionCode", /неизвестный регион/],
    ["publications", 0, "eventCode", /неизвестный код мероприятия/],
  ] as const)("%s[%i].%s must name a known record", async (list, i, field, message) => {
    const b = makeBundle();
    b[list][i][field] = "NOPE";
    await expectRefused(b, `${list}[${i}].${field}`, message);
  });
  it("expertCodes[] must name known experts", async () => {
    const b = makeBundle();
    b.events[0].expertCodes = ["E1", "E404"];
    await expectRefused(b, "events[0].expertCodes[1]", /неизвестный эксперт "E404"/);
  });
  it("feedback must name a known participant", async () => {
    const b = makeBundle();
    b.feedback[0].participantCode = "P404";
    await expectRefused(b, "feedback[0].participantCode", /неизвестный код участника/);
  });
  it("references may name records already in the project, and only of that project", async () => {
    const update = {
      format: "kadry-bundle/1",
      project: existing.project,
      participants: [{ code: "P9", fullName: "Новый Участник", categoryCode: "students", regionCode: existing.regions[0].code }],
      registrations: [{ eventCode: "EV2", participantCode: "P9", status: "registered", attended: false }],
    };
    expect((await validateBundle(t.db, update)).problems).toEqual([]);
    const other = makeBundle();
    other.events[0].regionCode = existing.regions[0].code; // a region of another project
    await expectRefused(other, "events[0].regionCode", /неизвестный регион/);
  });
});

describe("values", () => {
  it("time zones must be IANA zones", async () => {
    const b = makeBundle();
    b.project.timezone = "MSK";
    b.regions[1].timezone = "Europe/Moskva";
    const problems = await expectRefused(b, "project.timezone", /часовой пояс/);
    expect(problems.map((p) => p.path)).toContain("regions[1].timezone");
  });
  it("instants need an offset or Z", async () => {
    const b = makeBundle();
    b.events[0].startsAt = "2026-04-01T10:00:00";
    await expectRefused(b, "events[0].startsAt", /ISO 8601/);
  });
  it("instants must be real dates", async () => {
    const b = makeBundle();
    b.publications[0].publishedAt = "2026-02-30T10:00:00+03:00";
    await expectRefused(b, "publications[0].publishedAt", /ISO 8601/);
  });
  it("endsAt is not before startsAt", async () => {
    const b = makeBundle();
    b.events[0].endsAt = "2026-04-01T06:59:59Z";
    await expectRefused(b, "events[0].endsAt", /раньше начала/);
  });
  it("event format is one of the portal's formats", async () => {
    const b = makeBundle();
    b.events[1].format = "lecture";
    await expectRefused(b, "events[1].format", /master_class/);
  });
  it("event and registration statuses and resource kinds are from their lists", async () => {
    const b = makeBundle();
    b.events[1].status = "done";
    b.registrations[3].status = "confirmed";
    b.informationResources[0].kind = "tv";
    const problems = await expectRefused(b, "events[1].status");
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["registrations[3].status", "informationResources[0].kind"]),
    );
  });
  it("a string where a number belongs", async () => {
    const b = makeBundle();
    b.events[0].capacity = "30";
    await expectRefused(b, "events[0].capacity", /ожидалось число, получено: строка/);
  });
  it("capacity is a positive integer", async () => {
    const b = makeBundle();
    b.events[0].capacity = 0;
    await expectRefused(b, "events[0].capacity", /положительн/);
  });
  it("project code follows [a-z0-9-]{2,64}", async () => {
    const b = makeBundle();
    b.project.code = "Golden Ring";
    await expectRefused(b, "project.code", /a-z/);
  });
  it("strings are trimmed; empty required strings are errors", async () => {
    const b = makeBundle();
    b.regions[0].name = "   ";
    await expectRefused(b, "regions[0].name", /пуст/);
    const trimmed = makeBundle();
    trimmed.participants[0].regionCode = `  ${trimmed.regions[0].code}  `;
    trimmed.participants[0].fullName = "  Петров Пётр  ";
    const result = await validateBundle(t.db, trimmed);
    expect(result.problems).toEqual([]);
    if (result.ok)
      expect(result.bundle.participants[0]).toMatchObject({ regionCode: trimmed.regions[0].code, fullName: "Петров Пётр" });
  });
  it("e-mails are valid when present", async () => {
    const b = makeBundle();
    b.participants[0].email = "petrov@";
    await expectRefused(b, "participants[0].email", /электронной почты/);
  });
  it("unknown fields of a record are reported, not dropped", async () => {
    const b = makeBundle();
    b.events[0].capcity = 30;
    await expectRefused(b, "events[0].capcity", /неизвестное поле/);
  });
});

describe("registrations, capacity and feedback", () => {
  it("one registration per (event, participant)", async () => {
    const b = makeBundle();
    b.registrations.push({ eventCode: "EV2", participantCode: "P3", status: "cancelled", attended: false });
    await expectRefused(b, "registrations[4]", /повторяется/);
  });
  it("attended: true only with status registered", async () => {
    const b = makeBundle();
    b.registrations[2].attended = true; // waitlisted
    await expectRefused(b, "registrations[2].attended", /registered/);
  });
  it("attendance only for a held event", async () => {
    const b = makeBundle();
    b.registrations[3].attended = true; // EV2 is planned
    await expectRefused(b, "registrations[3].attended", /не проведено/);
  });
  it("registered seats do not exceed capacity (waitlisted and cancelled do not count)", async () => {
    const b = makeBundle();
    b.registrations[2].status = "registered"; // a third registered seat of EV1, capacity 2
    await expectRefused(b, "registrations[2].status", /вместимости 2/);
  });
  it("capacity counts the registrations already in the database", async () => {
    const update = {
      format: "kadry-bundle/1",
      project: existing.project,
      registrations: [{ eventCode: "EV1", participantCode: "P3", status: "registered", attended: false }], // P1, P2 hold both seats
    };
    await expectRefused(update, "registrations[0].status", /зарегистрировано 3 участников при вместимости 2/);
  });
  it("lowering a capacity below the seats already taken", async () => {
    const update = { format: "kadry-bundle/1", project: existing.project, events: [{ ...existing.events[0], capacity: 1 }] };
    await expectRefused(update, "events[0].capacity", /меньше числа/);
  });
  it("one feedback per (event, participant)", async () => {
    const b = makeBundle();
    b.feedback.push({ eventCode: "EV1", participantCode: "P1", rating: 4 });
    await expectRefused(b, "feedback[1]", /повторяется/);
  });
  it.each([[0], [6], [4.5], ["5"]])("rating %s is refused (integer 1–5)", async (rating) => {
    const b = makeBundle();
    b.feedback[0].rating = rating;
    await expectRefused(b, "feedback[0].rating");
  });
  it("feedback only from a participant who attended", async () => {
    const b = makeBundle();
    b.feedback.push({ eventCode: "EV1", participantCode: "P2", rating: 4 }); // registered, not attended
    await expectRefused(b, "feedback[1].participantCode", /не отмечен как посетивший/);
  });
  it("feedback only for a held event", async () => {
    const b = makeBundle();
    b.feedback.push({ eventCode: "EV2", participantCode: "P3", rating: 4 });
    await expectRefused(b, "feedback[1].eventCode", /не проведено/);
  });
  it("an update may not leave feedback without attendance, nor attendance at an event no longer held", async () => {
    const unattend = {
      format: "kadry-bundle/1",
      project: existing.project,
      registrations: [{ ...existing.registrations[0], attended: false }],
    };
    await expectRefused(unattend, "registrations[0].attended", /отзыв/);
    const unhold = {
      format: "kadry-bundle/1",
      project: existing.project,
      events: [{ ...existing.events[0], status: "cancelled" }],
    };
    await expectRefused(unhold, "events[0].status", /held/);
  });
});

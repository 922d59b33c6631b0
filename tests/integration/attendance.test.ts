// Записи мероприятия для организатора: the registrants list (region scope, filter, pages, wait-list
// order), attendance one by one and by list, promotion from the wait-list, the attendance sheet.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@prisma/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser, sessionUser } from "../helpers/factories";
import { registerForEvent } from "../../lib/registrations/register-for-event";
import { cancelRegistration } from "../../lib/registrations/cancel-registration";
import { listEventRegistrants } from "../../lib/registrations/list-event-registrants";
import { markAttendance, markAttendanceByList } from "../../lib/registrations/mark-attendance";
import { promoteFromWaitlist } from "../../lib/registrations/promote-from-waitlist";
import { attendanceCsv, getAttendanceSheet, ATTENDANCE_COLUMNS } from "../../lib/registrations/attendance-sheet";
import { attendanceXlsx, ATTENDANCE_SHEET_NAME } from "../../lib/registrations/attendance-xlsx";
import { attendanceDownload } from "../../lib/infra/http/attendance-download";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(10);
});
afterAll(async () => t.drop());

const BEFORE = new Date("2026-11-25T09:00:00Z"); // the test event starts on 2026-12-10 07:00Z
const AFTER = new Date("2026-12-10T08:00:00Z");
const at = (seconds: number) => new Date(BEFORE.getTime() + seconds * 1000);

type Ctx = Awaited<ReturnType<typeof makeProject>>;

async function person(db: PrismaClient, ctx: Ctx, fullName: string, organization?: string) {
  const u = await makeUser(db, "PARTICIPANT");
  await db.participant.create({
    data: {
      projectId: ctx.project.id,
      code: `P-${u.user.id}`,
      fullName,
      organization,
      categoryId: ctx.category.id,
      regionId: ctx.regions[0].id,
      userId: u.user.id,
    },
  });
  return u.session;
}

/** An event of region 0 with 2 seats: Яковлев and Андреев registered, Борисов wait-listed, Волков cancelled. */
async function scenario(capacity = 2) {
  const ctx = await makeProject(t.db);
  const event = await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity });
  const names = ["Яковлев Яков", "Андреев Андрей", "Борисов Борис", "Волков Владимир"];
  const people = [];
  for (const name of names) people.push(await person(t.db, ctx, name, name === "Андреев Андрей" ? '=HYPERLINK("x")' : "Минтруд"));
  const ids: string[] = [];
  for (const [i, p] of people.entries()) ids.push((await registerForEvent(t.db, p, event.id, at(i))).registration.id);
  await t.db.registration.update({ where: { id: ids[3] }, data: { status: "cancelled", cancelledAt: at(10) } });
  const own = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
  const other = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
  const [yak, andr, bor, volk] = ids;
  return { ctx, event, people, own, other, admin: sessionUser("ADMIN"), yak, andr, bor, volk };
}

describe("registrants of an event", () => {
  it("lists registered, then the wait-list in queue order, then cancelled; filters and pages", async () => {
    const s = await scenario();
    const { page, counts } = await listEventRegistrants(t.db, s.own, s.event.id);
    expect(page.items.map((r) => [r.participant.fullName, r.status, r.position])).toEqual([
      ["Яковлев Яков", "registered", null],
      ["Андреев Андрей", "registered", null],
      ["Борисов Борис", "waitlisted", 1],
      ["Волков Владимир", "cancelled", null],
    ]);
    expect(page.items[0].participant).toMatchObject({
      category: { name: "Госслужащие" },
      region: { name: "Регион YAR" },
      organization: "Минтруд",
    });
    expect(counts).toEqual({ pending: 0, registered: 2, waitlisted: 1, cancelled: 1, declined: 0 });

    const waiting = await listEventRegistrants(t.db, s.admin, s.event.id, { status: "waitlisted" });
    expect(waiting.page.items.map((r) => r.id)).toEqual([s.bor]);
    const second = await listEventRegistrants(t.db, s.own, s.event.id, { page: 2, size: 2 });
    expect(second.page).toMatchObject({ total: 4, pageCount: 2, page: 2 });
    expect(second.page.items.map((r) => r.position)).toEqual([1, null]);
  });

  it("is scoped to the event's region", async () => {
    const s = await scenario();
    await expect(listEventRegistrants(t.db, s.other, s.event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listEventRegistrants(t.db, s.people[0], s.event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listEventRegistrants(t.db, null, s.event.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(listEventRegistrants(t.db, s.own, "no-such-event")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("attendance", () => {
  it("marks one registration after the start, audited; refused before the start", async () => {
    const s = await scenario();
    await expect(markAttendance(t.db, s.own, s.yak, true, BEFORE)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("ещё не началось"),
    });
    const done = await markAttendance(t.db, s.own, s.yak, true, AFTER);
    expect(done).toMatchObject({ changed: true, registration: { attended: true } });
    expect(await markAttendance(t.db, s.own, s.yak, true, AFTER)).toMatchObject({ changed: false });
    const log = await t.db.auditLog.findMany({ where: { entity: "Registration", entityId: s.yak, userId: s.own.id } });
    expect(log.map((l) => [l.before, l.after])).toEqual([[{ attended: false }, { attended: true }]]);
  });

  it("refuses wait-listed and cancelled registrations and other regions", async () => {
    const s = await scenario();
    await expect(markAttendance(t.db, s.own, s.bor, true, AFTER)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(markAttendance(t.db, s.own, s.volk, true, AFTER)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(markAttendance(t.db, s.other, s.yak, true, AFTER)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markAttendanceByList(t.db, s.other, { eventId: s.event.id, attendedIds: [s.yak] }, AFTER)).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(
      markAttendanceByList(t.db, s.own, { eventId: s.event.id, attendedIds: [s.yak, s.bor] }, AFTER),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.db.registration.count({ where: { eventId: s.event.id, attended: true } })).toBe(0);
  });

  it("marks by list in one go: the listed attended, the rest of the scope not", async () => {
    const s = await scenario();
    await expect(markAttendanceByList(t.db, s.own, { eventId: s.event.id, attendedIds: [s.yak] }, BEFORE)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await markAttendance(t.db, s.own, s.yak, true, AFTER);

    const result = await markAttendanceByList(t.db, s.own, { eventId: s.event.id, attendedIds: [s.andr] }, AFTER);
    expect(result).toEqual({ marked: 1, unmarked: 1, attended: 1 });
    const marks = async () =>
      Object.fromEntries((await t.db.registration.findMany({ where: { eventId: s.event.id } })).map((r) => [r.id, r.attended]));
    expect(await marks()).toEqual({ [s.yak]: false, [s.andr]: true, [s.bor]: false, [s.volk]: false });

    // a page that shows only Яковлев leaves Андреев alone
    await markAttendanceByList(t.db, s.own, { eventId: s.event.id, attendedIds: [s.yak], scopeIds: [s.yak] }, AFTER);
    expect(await marks()).toMatchObject({ [s.yak]: true, [s.andr]: true });
    // another event's registration is refused
    const elsewhere = await scenario();
    await expect(
      markAttendanceByList(t.db, s.admin, { eventId: s.event.id, attendedIds: [elsewhere.yak] }, AFTER),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await t.db.auditLog.count({
        where: { entity: "Registration", entityId: { in: [s.yak, s.andr] }, action: "update", userId: s.own.id },
      }),
    ).toBe(4);
  });
});

describe("promotion from the wait-list", () => {
  it("respects the capacity, promotes only wait-listed people, only in own region", async () => {
    const s = await scenario();
    await expect(promoteFromWaitlist(t.db, s.own, s.bor)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Свободных мест нет"),
    });
    await expect(promoteFromWaitlist(t.db, s.other, s.bor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await t.db.event.update({ where: { id: s.event.id }, data: { capacity: 3 } });
    expect(await promoteFromWaitlist(t.db, s.own, s.bor)).toMatchObject({ id: s.bor, status: "registered" });
    await expect(promoteFromWaitlist(t.db, s.own, s.yak)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(promoteFromWaitlist(t.db, s.own, s.volk)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("two organizers promoting at once for the last seat: exactly one wins", async () => {
    const s = await scenario(1); // Яковлев registered; Андреев, Борисов wait-listed
    await t.db.event.update({ where: { id: s.event.id }, data: { capacity: 2 } });
    const results = await Promise.allSettled([
      promoteFromWaitlist(t.db, s.own, s.andr),
      promoteFromWaitlist(t.db, s.admin, s.bor),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await t.db.registration.count({ where: { eventId: s.event.id, status: "registered" } })).toBe(2);
  });

  it("a participant's own cancellation still promotes the first in the queue", async () => {
    const s = await scenario();
    const { promoted } = await cancelRegistration(t.db, s.people[0], s.event.id, BEFORE);
    expect(promoted?.id).toBe(s.bor);
  });
});

describe("attendance sheet", () => {
  it("lists registered by name, then the wait-list; marks only after the start", async () => {
    const s = await scenario();
    const before = await getAttendanceSheet(t.db, s.own, s.event.id, BEFORE);
    expect(before.columns).toEqual(ATTENDANCE_COLUMNS);
    expect(before.event).toMatchObject({
      code: s.event.code,
      region: "Регион YAR",
      when: expect.stringContaining("10.12.2026 10:00"),
    });
    expect(before.rows).toEqual([
      ["1", "Андреев Андрей", "Госслужащие", "Регион YAR", '=HYPERLINK("x")', "Записан(а)", "", ""],
      ["2", "Яковлев Яков", "Госслужащие", "Регион YAR", "Минтруд", "Записан(а)", "", ""],
      ["3", "Борисов Борис", "Госслужащие", "Регион YAR", "Минтруд", "Лист ожидания, № 1", "", ""],
    ]);
    await markAttendance(t.db, s.own, s.yak, true, AFTER);
    const after = await getAttendanceSheet(t.db, s.admin, s.event.id, AFTER);
    expect(after.rows.map((r) => r[6])).toEqual(["Отсутствовал(а)", "Присутствовал(а)", ""]);
    await expect(getAttendanceSheet(t.db, s.other, s.event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("CSV: BOM, ';' separator, header line, formulas defused; XLSX: the named sheet with the title", async () => {
    const s = await scenario();
    const sheet = await getAttendanceSheet(t.db, s.own, s.event.id, BEFORE);
    const csv = attendanceCsv(sheet);
    expect(csv.startsWith("\uFEFF№;ФИО;Категория;Регион;Организация;Статус;Отметка о посещении;Подпись\r\n")).toBe(true);
    expect(csv).toContain(`1;Андреев Андрей;Госслужащие;Регион YAR;"'=HYPERLINK(""x"")";Записан(а);;\r\n`);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(4);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await attendanceXlsx(sheet)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet(ATTENDANCE_SHEET_NAME)!;
    expect(String(ws.getCell("A1").value)).toContain(s.event.title);
    expect(String(ws.getCell("A3").value)).toBe("Регион: Регион YAR");
    expect(ws.getRow(5).values).toEqual([undefined, ...ATTENDANCE_COLUMNS]);
    expect(ws.getCell("B6").value).toBe("Андреев Андрей");
  });

  it("downloads answer 401/403/404 as Russian text and name the file by the event code", async () => {
    const s = await scenario();
    const anonymous = await attendanceDownload(t.db, null, s.event.id, "csv");
    expect([anonymous.status, await anonymous.text()]).toEqual([401, "Войдите в систему"]);
    // another region's event is «not found» (the refusal rule); a participant has no such right at all
    const foreign = await attendanceDownload(t.db, s.other, s.event.id, "xlsx");
    expect(foreign.status).toBe(404);
    expect((await attendanceDownload(t.db, s.people[0], s.event.id, "xlsx")).status).toBe(403);
    expect(foreign.headers.get("Content-Type")).toContain("text/plain");
    const ok = await attendanceDownload(t.db, s.own, s.event.id, "csv");
    const name = `attendance-${s.event.code}.csv`;
    expect(ok.headers.get("Content-Disposition")).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    expect(new Uint8Array(await ok.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const xlsx = await attendanceDownload(t.db, s.admin, s.event.id, "xlsx");
    expect([xlsx.status, xlsx.headers.get("Content-Type")]).toEqual([
      200,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]);
  });
});

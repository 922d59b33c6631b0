// Протокольные поручения и рейтинг регионов. The answers are worked out by hand below (project zone
// Europe/Moscow, UTC+3 all year: the day 10.02.2026 ends at 2026-02-10T21:00Z, 28.02 at 2026-02-28T21:00Z).
//
// Protocol of 28.01.2026:  №1 → A, B, C, D due 10.02;  №2 → A, B, D due 28.02;  №3 → A due 01.03;  №4 → E due 05.03.
// Evaluated at 2026-03-05T00:00Z (05.03 03:00 MSK), February:
//   A  №1 reported 09.02 on time, accepted; №2 reported 28.02 23:59 MSK (20:59Z) — still on time, accepted
//      → 2 on time of 2 = 100 %, delay 0                                                             place 1
//   B  №1 reported 10.02 23:00 MSK (20:00Z), on time; №2 reported 01.03 00:00 MSK (28.02 21:00Z) — the first
//      second after the deadline: late, 1 started day → 1 of 2 = 50 %, average delay (0 + 1) / 2 = 0.5     place 2
//   D  №1 on time; №2 never reported: missing, 05.03 00:00Z − 28.02 21:00Z = 4 d 3 h → 5 started days
//      → 1 of 2 = 50 %, average delay (0 + 5) / 2 = 2.5 (same share as B, longer delay)                 place 3
//   C  №1 reported on time 10.02 13:00 MSK, returned, reported again 13.02 12:00 MSK (09:00Z) and accepted:
//      the accepted report decides — 60 h after the deadline = 3 started days → late, 0 %, delay 3      place 4
//   E  nothing due in February → no place
// March (same moment): A №3 due 01.03 (ends 01.03 21:00Z) not reported → missing, 3 d 3 h → 4 days; E №4 due
// 05.03 has not come yet → «not yet due», not counted. January: nothing due at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeProject, makeUser } from "../helpers/factories";
import { scheduleMeetings } from "../../lib/protocols/schedule-meetings";
import { writeProtocol } from "../../lib/protocols/write-protocol";
import { submitReport } from "../../lib/protocols/submit-report";
import { reviewReport } from "../../lib/protocols/review-report";
import { startAssignment } from "../../lib/protocols/start-assignment";
import { listAssignmentItems } from "../../lib/protocols/list-assignment-items";
import { getAssignmentItem } from "../../lib/protocols/get-assignment-item";
import { getMeeting } from "../../lib/protocols/get-meeting";
import { enqueueAssignmentReminders } from "../../lib/protocols/enqueue-assignment-reminders";
import { meetingSchema, protocolSchema, reportSchema, reviewSchema } from "../../lib/protocols/schemas";
import { getMonthlyRating } from "../../lib/rating/get-monthly-rating";
import { getRatingTrend } from "../../lib/rating/get-rating-trend";
import { takeRatingSnapshot } from "../../lib/rating/take-rating-snapshot";
import { getRatingSnapshot } from "../../lib/rating/get-rating-snapshot";
import { ratingDigestFile } from "../../lib/rating/rating-digest-file";
import { fieldErrorsOf } from "../../lib/infra/validation/zod";
import ExcelJS from "exceljs";
import { saveMilestone } from "../../lib/roadmap/save-milestone";
import { listMilestones } from "../../lib/roadmap/list-milestones";
import { milestoneSchema } from "../../lib/roadmap/schemas";
import type { SessionUser } from "../../lib/auth/permissions";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const AS_OF = new Date("2026-03-05T00:00:00Z");

async function world() {
  const ctx = await makeProject(t.db, ["A", "B", "C", "D", "E"]);
  const [A, B, C, D, E] = ctx.regions;
  const ministry = (await makeUser(t.db, "MINISTRY")).session;
  const coord = Object.fromEntries(
    await Promise.all(
      ctx.regions.map(async (r, i) => ["ABCDE"[i], (await makeUser(t.db, "COORDINATOR", [r.id])).session] as const),
    ),
  ) as Record<"A" | "B" | "C" | "D" | "E", SessionUser>;
  const [meetingId] = await scheduleMeetings(
    t.db,
    ministry,
    meetingSchema.parse({
      projectId: ctx.project.id,
      title: "Еженедельное совещание с региональными координаторами",
      startsAt: "2026-01-28T10:00",
      weeks: "1",
      agenda: "Оперативные задачи\nСквозные процессы",
      [`participants.${A.id}`]: "Иванова А. А.",
      "participants.federal": "Петров П. П.",
    }),
  );
  const created = await writeProtocol(
    t.db,
    ministry,
    protocolSchema.parse({
      meetingId,
      protocolNumber: "12",
      protocolDate: "2026-01-28",
      decisions: "Принять к сведению информацию регионов",
      "assignments.0.text": "Назначить регионального координатора",
      "assignments.0.regionIds": [A.id, B.id, C.id, D.id],
      "assignments.0.dueDate": "2026-02-10",
      "assignments.1.text": "Представить план мероприятий кластеров",
      "assignments.1.regionIds": [A.id, B.id, D.id],
      "assignments.1.dueDate": "2026-02-28",
      "assignments.2.text": "Провести стратегическую сессию",
      "assignments.2.regionIds": A.id,
      "assignments.2.dueDate": "2026-03-01",
      "assignments.3.text": "Обновить состав отраслевой ассоциации",
      "assignments.3.regionIds": [E.id],
      "assignments.3.dueDate": "2026-03-05",
    }),
  );
  const item = (n: number, region: { id: string }) => created[n - 1].items.find((i) => i.regionId === region.id)!.id;
  const report = (who: SessionUser, itemId: string, at: string) =>
    submitReport(
      t.db,
      who,
      reportSchema.parse({ itemId, text: "Исполнено, материалы по ссылке", links: "https://example.ru/doc" }),
      new Date(at),
    );
  const accept = (itemId: string, at: string) =>
    reviewReport(t.db, ministry, reviewSchema.parse({ itemId, decision: "accepted" }), new Date(at));
  return { ctx, A, B, C, D, E, ministry, coord, meetingId, created, item, report, accept };
}

describe("protocol → assignments → reports → monthly rating", () => {
  it("a protocol creates one item per addressed region with the deadline's end in the project's zone", async () => {
    const w = await world();
    expect(w.created.map((a) => [a.number, a.items.length])).toEqual([
      [1, 4],
      [2, 3],
      [3, 1],
      [4, 1],
    ]);
    const first = w.created[0].items.find((i) => i.regionId === w.A.id)!;
    expect([first.dueDate.toISOString().slice(0, 10), first.dueAt.toISOString(), first.status]).toEqual([
      "2026-02-10",
      "2026-02-10T21:00:00.000Z",
      "issued",
    ]);
    expect(first.responsibleId).toBe(w.coord.A.id);
    // each region's coordinator is told about the new item
    expect(await t.db.outboxMessage.count({ where: { userId: w.coord.A.id, kind: "assignment_issued" } })).toBe(3);
    // a second protocol for the same meeting is refused
    await expect(
      writeProtocol(
        t.db,
        w.ministry,
        protocolSchema.parse({
          meetingId: w.meetingId,
          protocolNumber: "13",
          protocolDate: "2026-01-28",
          decisions: "Ещё раз",
          "assignments.0.text": "Повторное поручение",
          "assignments.0.regionIds": w.A.id,
          "assignments.0.dueDate": "2026-02-10",
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const meeting = await getMeeting(t.db, w.coord.B, w.meetingId);
    expect(meeting.agenda.map((a) => a.text)).toEqual(["Оперативные задачи", "Сквозные процессы"]);
    expect(meeting.participants.map((p) => [p.region?.name ?? "федеральный центр", p.fullName]).sort()).toEqual(
      [
        ["Регион A", "Иванова А. А."],
        ["федеральный центр", "Петров П. П."],
      ].sort(),
    );
    // a coordinator sees only their region's items of each assignment
    expect(meeting.assignments.map((a) => a.items.map((i) => i.regionId))).toEqual([[w.B.id], [w.B.id], [], []]);
  });

  it("ranks February by on-time share, then by average delay; March and January as worked out above", async () => {
    const w = await world();
    const { A, B, C, D, coord, item, report, accept } = w;
    await report(coord.A, item(1, A), "2026-02-09T12:00:00Z");
    await accept(item(1, A), "2026-02-11T08:00:00Z");
    await report(coord.A, item(2, A), "2026-02-28T20:59:00Z");
    await accept(item(2, A), "2026-03-02T08:00:00Z");

    await startAssignment(t.db, coord.B, item(1, B));
    await report(coord.B, item(1, B), "2026-02-10T20:00:00Z");
    await accept(item(1, B), "2026-02-11T08:00:00Z");
    await report(coord.B, item(2, B), "2026-02-28T21:00:00Z");
    await accept(item(2, B), "2026-03-03T08:00:00Z");

    await report(coord.C, item(1, C), "2026-02-10T10:00:00Z");
    await expect(report(coord.C, item(1, C), "2026-02-10T11:00:00Z")).rejects.toMatchObject({ code: "CONFLICT" });
    await reviewReport(
      t.db,
      w.ministry,
      reviewSchema.parse({ itemId: item(1, C), decision: "returned", comment: "Нет приказа о назначении" }),
      new Date("2026-02-11T08:00:00Z"),
    );
    expect(await t.db.outboxMessage.count({ where: { userId: coord.C.id, kind: "assignment_returned" } })).toBe(1);
    await report(coord.C, item(1, C), "2026-02-13T09:00:00Z");
    await accept(item(1, C), "2026-02-14T08:00:00Z");

    await report(coord.D, item(1, D), "2026-02-05T09:00:00Z");
    await accept(item(1, D), "2026-02-06T08:00:00Z");

    const feb = await getMonthlyRating(t.db, coord.E, { projectId: w.ctx.project.id, year: 2026, month: 2, asOf: AS_OF });
    expect([feb.from, feb.to, feb.closed]).toEqual(["2026-02-01", "2026-02-28", true]);
    expect(
      feb.rows.map((r) => [r.regionName, r.place, r.onTime, r.late, r.missing, r.pending, r.sharePercent, r.averageDelayDays]),
    ).toEqual([
      ["Регион A", 1, 2, 0, 0, 0, 100, 0],
      ["Регион B", 2, 1, 1, 0, 0, 50, 0.5],
      ["Регион D", 3, 1, 0, 1, 0, 50, 2.5],
      ["Регион C", 4, 0, 1, 0, 0, 0, 3],
      ["Регион E", null, 0, 0, 0, 0, null, null],
    ]);

    const mar = await getMonthlyRating(t.db, w.ministry, { projectId: w.ctx.project.id, year: 2026, month: 3, asOf: AS_OF });
    expect(mar.closed).toBe(false);
    expect(
      mar.rows
        .filter((r) => r.counted || r.pending)
        .map((r) => [r.regionName, r.place, r.missing, r.pending, r.sharePercent, r.averageDelayDays]),
    ).toEqual([
      ["Регион A", 1, 1, 0, 0, 4],
      ["Регион E", null, 0, 1, null, null],
    ]);

    const jan = await getMonthlyRating(t.db, w.ministry, { projectId: w.ctx.project.id, year: 2026, month: 1, asOf: AS_OF });
    expect(jan.rows.every((r) => r.place === null && r.counted === 0 && r.sharePercent === null)).toBe(true);
    expect(jan.rows).toHaveLength(5);

    // before the acceptance of C's second report (13.02 12:00 MSK < 14.02 11:00 MSK) it counted as missing
    const early = await getMonthlyRating(t.db, w.ministry, {
      projectId: w.ctx.project.id,
      year: 2026,
      month: 2,
      asOf: new Date("2026-02-14T07:00:00Z"),
    });
    expect(early.rows.find((r) => r.regionId === C.id)).toMatchObject({ late: 0, missing: 1, averageDelayDays: 4 });

    const trend = await getRatingTrend(t.db, w.ministry, { projectId: w.ctx.project.id, year: 2026, asOf: AS_OF });
    expect(trend.months[1].shares).toEqual({ [A.id]: 100, [B.id]: 50, [C.id]: 0, [D.id]: 50, [w.E.id]: null });
    expect(Object.values(trend.months[0].shares).every((s) => s === null)).toBe(true);
    expect(trend.months[2].shares[A.id]).toBe(0);
  });

  it("the same report instant is on time in Moscow and late in Vladivostok (UTC+10): the project's zone decides", async () => {
    for (const [zone, expected] of [
      ["Europe/Moscow", { onTime: 1, late: 0 }],
      ["Asia/Vladivostok", { onTime: 0, late: 1 }],
    ] as const) {
      const ctx = await makeProject(t.db, ["V"]);
      await t.db.project.update({ where: { id: ctx.project.id }, data: { timezone: zone } });
      const ministry = (await makeUser(t.db, "MINISTRY")).session;
      const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
      const [meetingId] = await scheduleMeetings(
        t.db,
        ministry,
        meetingSchema.parse({ projectId: ctx.project.id, title: "Совещание", startsAt: "2026-02-25T10:00", weeks: "1" }),
      );
      const [assignment] = await writeProtocol(
        t.db,
        ministry,
        protocolSchema.parse({
          meetingId,
          protocolNumber: "1",
          protocolDate: "2026-02-25",
          decisions: "Решения совещания",
          "assignments.0.text": "Поручение на конец месяца",
          "assignments.0.regionIds": ctx.regions[0].id,
          "assignments.0.dueDate": "2026-02-28",
        }),
      );
      const itemId = assignment.items[0].id;
      // 28.02 23:30 in Moscow, but already 01.03 09:30 in Vladivostok
      await submitReport(
        t.db,
        coordinator,
        reportSchema.parse({ itemId, text: "Отчёт представлен" }),
        new Date("2026-02-28T20:30:00Z"),
      );
      await reviewReport(t.db, ministry, reviewSchema.parse({ itemId, decision: "accepted" }), new Date("2026-03-01T10:00:00Z"));
      const feb = await getMonthlyRating(t.db, ministry, { projectId: ctx.project.id, year: 2026, month: 2, asOf: AS_OF });
      expect(feb.rows[0], zone).toMatchObject(expected);
    }
  });

  it("a snapshot keeps the month as it was taken; later edits change only the live rating", async () => {
    const w = await world();
    const { D, coord, item, report, accept } = w;
    await report(coord.D, item(1, D), "2026-02-05T09:00:00Z");
    await accept(item(1, D), "2026-02-06T08:00:00Z");
    const input = { projectId: w.ctx.project.id, year: 2026, month: 2 };
    await expect(takeRatingSnapshot(t.db, coord.D, input, AS_OF)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(takeRatingSnapshot(t.db, w.ministry, { ...input, month: 3 }, AS_OF)).rejects.toMatchObject({ code: "CONFLICT" });
    const snap = await takeRatingSnapshot(t.db, w.ministry, input, AS_OF);
    const before = await getRatingSnapshot(t.db, coord.A, snap.id);
    const dRow = (rows: { regionId: string }[]) => rows.find((r) => r.regionId === D.id);
    expect(dRow(before.data.rows)).toMatchObject({ place: 1, onTime: 1, missing: 1, sharePercent: 50 });

    // D reports №2 late and it is accepted; a deadline is edited; the live rating moves, the snapshot does not
    await report(coord.D, item(2, D), "2026-03-06T09:00:00Z");
    await accept(item(2, D), "2026-03-06T10:00:00Z");
    await t.db.assignmentItem.update({ where: { id: item(1, w.A) }, data: { dueDate: new Date("2026-03-20T00:00:00Z") } });
    const live = await getMonthlyRating(t.db, w.ministry, { ...input, asOf: new Date("2026-03-07T00:00:00Z") });
    expect(dRow(live.rows)).toMatchObject({ onTime: 1, late: 1, missing: 0 });
    const after = await getRatingSnapshot(t.db, w.ministry, snap.id);
    expect(after.data).toEqual(before.data);
    expect(after.takenAt).toEqual(AS_OF);

    // the digest is built from the snapshot: D is still first with 50 % in the file
    const pdf = await ratingDigestFile(t.db, coord.A, snap.id, "pdf");
    expect(
      Buffer.from(pdf.body as Uint8Array)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const xlsx = await ratingDigestFile(t.db, w.ministry, snap.id, "xlsx");
    expect(xlsx.fileName).toMatch(/2026-02\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.body as Uint8Array) as unknown as ArrayBuffer);
    const row2 = book.getWorksheet("Рейтинг")!.getRow(2).values as unknown[];
    expect(row2.slice(1, 7)).toEqual([1, "Регион D", 1, 0, 1, 50]);
    await expect(takeRatingSnapshot(t.db, w.ministry, input, new Date("2026-03-08T00:00:00Z"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("region scope, validation and reminders", () => {
  it("a coordinator lists, opens and reports only their regions' items; another region's is «not found»", async () => {
    const w = await world();
    const page = await listAssignmentItems(t.db, w.coord.A, { projectId: w.ctx.project.id, page: 1 });
    expect(page.total).toBe(3);
    expect(page.items.every((i) => i.regionId === w.A.id)).toBe(true);
    expect((await listAssignmentItems(t.db, w.ministry, { projectId: w.ctx.project.id, page: 1 })).total).toBe(9);
    const overdue = await listAssignmentItems(t.db, w.ministry, { projectId: w.ctx.project.id, page: 1, overdue: true }, AS_OF);
    expect(overdue.total).toBe(8); // all but E's №4 (due 05.03, ends 05.03 21:00Z)
    const bItem = w.item(1, w.B);
    await expect(getAssignmentItem(t.db, w.coord.A, bItem)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(w.report(w.coord.A, bItem, "2026-02-01T00:00:00Z")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      reviewReport(t.db, w.coord.A, reviewSchema.parse({ itemId: w.item(1, w.A), decision: "accepted" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getAssignmentItem(t.db, w.coord.B, bItem)).region.name).toBe("Регион B");
  });

  it("forms: Russian errors beside the fields; a deadline before the protocol date is refused", async () => {
    const bad = protocolSchema.safeParse({
      meetingId: "m",
      protocolNumber: "",
      protocolDate: "2026-02-30",
      decisions: "Решения",
      "assignments.0.text": "Поручение без регионов",
      "assignments.0.dueDate": "2026-02-10",
    });
    expect(fieldErrorsOf(bad.error!)).toMatchObject({
      protocolNumber: ["Укажите номер протокола"],
      protocolDate: ["Укажите дату протокола"],
      "assignments.0.regionIds": ["Выберите хотя бы один регион"],
    });
    expect(fieldErrorsOf(reviewSchema.safeParse({ itemId: "x", decision: "returned", comment: "" }).error!)).toEqual({
      comment: ["Объясните, что доработать (не короче 5 символов)"],
    });
    expect(fieldErrorsOf(reportSchema.safeParse({ itemId: "x", text: "Сделано всё", links: "ftp://x.ru" }).error!)).toMatchObject(
      {
        "links.0": ["Каждая строка — ссылка, начинающаяся с http:// или https://"],
      },
    );
    const w = await world();
    const [meetingId] = await scheduleMeetings(
      t.db,
      w.ministry,
      meetingSchema.parse({ projectId: w.ctx.project.id, title: "Совещание", startsAt: "2026-03-04T10:00", weeks: "3" }),
    );
    const weekly = await t.db.meeting.findMany({
      where: { projectId: w.ctx.project.id, title: "Совещание" },
      orderBy: { startsAt: "asc" },
    });
    expect(weekly.map((m) => m.startsAt.toISOString())).toEqual([
      "2026-03-04T07:00:00.000Z",
      "2026-03-11T07:00:00.000Z",
      "2026-03-18T07:00:00.000Z",
    ]);
    await expect(
      writeProtocol(
        t.db,
        w.ministry,
        protocolSchema.parse({
          meetingId,
          protocolNumber: "2",
          protocolDate: "2026-03-04",
          decisions: "Решения совещания",
          "assignments.0.text": "Поручение задним числом",
          "assignments.0.regionIds": w.A.id,
          "assignments.0.dueDate": "2026-03-01",
        }),
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "assignments.0.dueDate": ["Срок не может быть раньше даты протокола"] },
    });
    await expect(
      scheduleMeetings(
        t.db,
        w.coord.A,
        meetingSchema.parse({ projectId: w.ctx.project.id, title: "Чужое", startsAt: "2026-03-04T10:00", weeks: "1" }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reminds three days before the deadline and once on overdue, never twice, not after acceptance", async () => {
    const w = await world();
    const kinds = async () =>
      (
        await t.db.outboxMessage.findMany({
          where: { userId: w.coord.B.id, kind: { startsWith: "assignment_" } },
          select: { kind: true },
        })
      )
        .map((m) => m.kind)
        .sort();
    // 08.02 12:00Z: №1 (ends 10.02 21:00Z) is within three days
    await enqueueAssignmentReminders(t.db, new Date("2026-02-08T12:00:00Z"));
    await enqueueAssignmentReminders(t.db, new Date("2026-02-08T13:00:00Z"));
    expect(await kinds()).toEqual(["assignment_due_soon", "assignment_issued", "assignment_issued"]);
    await w.report(w.coord.A, w.item(1, w.A), "2026-02-09T00:00:00Z");
    await enqueueAssignmentReminders(t.db, new Date("2026-02-11T00:00:00Z"));
    await enqueueAssignmentReminders(t.db, new Date("2026-02-12T00:00:00Z"));
    expect(await kinds()).toEqual(["assignment_due_soon", "assignment_issued", "assignment_issued", "assignment_overdue"]);
    // A reported before the deadline: no overdue reminder
    expect(await t.db.outboxMessage.count({ where: { userId: w.coord.A.id, kind: "assignment_overdue" } })).toBe(0);
  });
});

describe("roadmap", () => {
  it("the federal centre adds and edits milestones; coordinators read them; dates and progress are checked", async () => {
    const { project, regions } = await makeProject(t.db);
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const coordinator = (await makeUser(t.db, "COORDINATOR", [regions[0].id])).session;
    const form = {
      projectId: project.id,
      title: "Совещание в формате ВКС с председателями отраслевых ассоциаций",
      owner: "ЦУР ФП",
      startDate: "2026-09-01",
      dueDate: "2026-10-01",
      progress: "40",
    };
    const created = await saveMilestone(t.db, ministry, milestoneSchema.parse(form));
    await saveMilestone(t.db, ministry, milestoneSchema.parse({ ...form, id: created.id, progress: "100" }));
    await expect(saveMilestone(t.db, coordinator, milestoneSchema.parse(form))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const page = await listMilestones(t.db, coordinator, { projectId: project.id, page: 1 });
    expect(page.items.map((m) => [m.progress, m.dueDate.toISOString().slice(0, 10)])).toEqual([[100, "2026-10-01"]]);
    expect(fieldErrorsOf(milestoneSchema.safeParse({ ...form, progress: "120" }).error!)).toEqual({
      progress: ["Процент от 0 до 100"],
    });
    expect(fieldErrorsOf(milestoneSchema.safeParse({ ...form, startDate: "2026-11-01" }).error!)).toEqual({
      dueDate: ["Срок не раньше начала"],
    });
  });
});

// Реестр участников: region scope in every query (list, card, edit, merge, import), merge rules worked
// out by hand, the CSV/XLSX import with its per-row errors, and the access log rows.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegistrationStatus } from "@prisma/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { listParticipants } from "../../lib/participants/list-participants";
import { getParticipantCard } from "../../lib/participants/get-participant-card";
import { updateParticipant } from "../../lib/participants/update-participant";
import { mergeParticipants, betterRegistration } from "../../lib/participants/merge-participants";
import { importParticipants } from "../../lib/participants/import-participants";
import { parseCsv } from "../../lib/participants/parse-csv";
import { participantSchema } from "../../lib/participants/schemas";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

let n = 0;
async function setup() {
  const ctx = await makeProject(t.db);
  const [yar, kos] = ctx.regions;
  const admin = (await makeUser(t.db, "ADMIN")).session;
  const coordinator = (await makeUser(t.db, "COORDINATOR", [yar.id])).session;
  const person = (regionId: string, extra: Record<string, unknown> = {}) =>
    t.db.participant.create({
      data: {
        projectId: ctx.project.id,
        code: `C-${++n}`,
        fullName: `Петров Пётр ${n}`,
        categoryId: ctx.category.id,
        regionId,
        ...extra,
      },
    });
  return { ctx, yar, kos, admin, coordinator, person };
}

const csv = (text: string) => new TextEncoder().encode(text);

describe("region scope", () => {
  it("a coordinator lists, reads and edits only own-region participants, even with a crafted id", async () => {
    const { ctx, yar, kos, admin, coordinator, person } = await setup();
    const mine = await person(yar.id, { organization: "Мэрия Ярославля", email: "petrov@example.ru" });
    const theirs = await person(kos.id, { organization: "Мэрия Костромы" });

    const list = await listParticipants(t.db, coordinator, ctx.project.id, { page: 1 });
    expect(list.items.map((p) => p.id)).toEqual([mine.id]);
    const crafted = await listParticipants(t.db, coordinator, ctx.project.id, { page: 1, regionId: kos.id });
    expect(crafted.total).toBe(0);
    expect((await listParticipants(t.db, admin, ctx.project.id, { page: 1 })).total).toBe(2);
    expect((await listParticipants(t.db, admin, ctx.project.id, { page: 1, q: "костром" })).items.map((p) => p.id)).toEqual([
      theirs.id,
    ]);
    expect((await listParticipants(t.db, admin, ctx.project.id, { page: 1, q: "PETROV@" })).items.map((p) => p.id)).toEqual([
      mine.id,
    ]);

    await expect(getParticipantCard(t.db, coordinator, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const card = await getParticipantCard(t.db, coordinator, mine.id);
    expect(card.participant.id).toBe(mine.id);
    expect(card.canManage).toBe(true);
    expect(card.canAnonymize).toBe(false);

    const edit = (id: string, regionId: string) =>
      participantSchema.parse({ id, fullName: "Новое Имя", email: "", phone: "", categoryId: ctx.category.id, regionId });
    await expect(updateParticipant(t.db, coordinator, edit(theirs.id, yar.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateParticipant(t.db, coordinator, edit(mine.id, kos.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
      fieldErrors: { regionId: ["Можно выбрать только свой регион"] },
    });
    await updateParticipant(t.db, coordinator, edit(mine.id, yar.id));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: theirs.id } })).fullName).toMatch(/^Петров/);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: mine.id } })).fullName).toBe("Новое Имя");

    await expect(mergeParticipants(t.db, coordinator, { id: mine.id, other: theirs.id, keep: "this" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(mergeParticipants(t.db, coordinator, { id: theirs.id, other: mine.id, keep: "this" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.participant.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(2);

    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    await expect(updateParticipant(t.db, ministry, edit(mine.id, yar.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const participantUser = (await makeUser(t.db, "PARTICIPANT")).session;
    await expect(listParticipants(t.db, participantUser, ctx.project.id, { page: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // the card view and the edit are in the access log
    const log = await t.db.personalDataAccess.findMany({ where: { subjectId: mine.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.userId, l.action])).toEqual([
      [coordinator.id, "view"],
      [coordinator.id, "update"],
    ]);
  });

  it("a coordinator can't import into or over another region", async () => {
    const { ctx, kos, coordinator, person } = await setup();
    const theirs = await person(kos.id);
    const file = csv(
      `ФИО;Категория;Регион;Код\nИванов Иван;${ctx.category.name};${kos.code};\nСидоров Сидор;${ctx.category.code};${ctx.regions[0].code};${theirs.code}\n`,
    );
    const out = await importParticipants(t.db, coordinator, {
      projectId: ctx.project.id,
      fileName: "p.csv",
      bytes: file,
      write: true,
      validOnly: true,
    });
    expect(out.preview.errors).toEqual([
      { row: 2, column: "Регион", message: "Регион «Регион KOS» не входит в ваши регионы" },
      { row: 3, column: "Код", message: `Участник с кодом «${theirs.code}» относится к другому региону` },
    ]);
    expect(out.written).toEqual({ created: 0, updated: 0 });
    expect(await t.db.participant.count({ where: { projectId: ctx.project.id } })).toBe(1);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: theirs.id } })).fullName).toBe(theirs.fullName);
  });
});

describe("merge", () => {
  it("the rank of registrations: attended, then registered; a tie keeps the record kept", () => {
    const r = (attended: boolean, status: RegistrationStatus) => ({ attended, status });
    expect(betterRegistration(r(true, "cancelled"), r(false, "registered"))).toBe(true);
    expect(betterRegistration(r(false, "registered"), r(true, "registered"))).toBe(false);
    expect(betterRegistration(r(false, "registered"), r(false, "waitlisted"))).toBe(true);
    expect(betterRegistration(r(false, "waitlisted"), r(false, "registered"))).toBe(false);
    expect(betterRegistration(r(false, "registered"), r(false, "registered"))).toBe(false);
    expect(betterRegistration(r(false, "cancelled"), r(false, "pending"))).toBe(false);
  });

  it("moves registrations and feedback, keeps the better one of each event, deletes the duplicate", async () => {
    const { ctx, yar, admin, coordinator, person } = await setup();
    const ev = async () => makeEvent(t.db, ctx.project.id, yar.id, ctx.direction.id);
    const [e1, e2, e3, e4, e5] = [await ev(), await ev(), await ev(), await ev(), await ev()];
    const dupUser = await makeUser(t.db, "PARTICIPANT");
    const keep = await person(yar.id, { email: null, phone: "+7 900 000-00-00" });
    const dup = await person(yar.id, { email: "dup@example.ru", phone: "+7 111", userId: dupUser.user.id });
    const reg = (participantId: string, eventId: string, status: RegistrationStatus, attended = false) =>
      t.db.registration.create({ data: { participantId, eventId, status, attended } });
    const fb = (participantId: string, eventId: string, rating: number, updatedAt: string) =>
      t.db.feedback.create({ data: { participantId, eventId, rating, updatedAt: new Date(updatedAt) } });
    // e1: keeper registered, duplicate attended → the duplicate's wins
    await reg(keep.id, e1.id, "registered");
    const d1 = await reg(dup.id, e1.id, "registered", true);
    // e2: keeper registered, duplicate waitlisted → keeper's stays
    const k2 = await reg(keep.id, e2.id, "registered");
    await reg(dup.id, e2.id, "waitlisted");
    // e3: only the duplicate → moves
    const d3 = await reg(dup.id, e3.id, "cancelled");
    // e4: both cancelled → keeper's stays
    const k4 = await reg(keep.id, e4.id, "cancelled");
    await reg(dup.id, e4.id, "cancelled");
    // e5: keeper waitlisted, duplicate registered → the duplicate's wins
    const d5 = await reg(dup.id, e5.id, "registered");
    await reg(keep.id, e5.id, "waitlisted");
    // feedback: e1 duplicate's is newer → wins; e2 keeper's newer → stays; e3 only the duplicate's → moves
    await fb(keep.id, e1.id, 2, "2026-12-11T10:00:00Z");
    const f1 = await fb(dup.id, e1.id, 5, "2026-12-12T10:00:00Z");
    const f2 = await fb(keep.id, e2.id, 4, "2026-12-13T10:00:00Z");
    await fb(dup.id, e2.id, 1, "2026-12-12T10:00:00Z");
    const f3 = await fb(dup.id, e3.id, 3, "2026-12-12T10:00:00Z");

    await expect(mergeParticipants(t.db, coordinator, { id: keep.id, other: keep.id, keep: "this" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    // from the duplicate's card: keep the other record
    const result = await mergeParticipants(t.db, admin, { id: dup.id, other: keep.code, keep: "other" });
    expect(result).toMatchObject({ registrations: 1, registrationsReplaced: 2, feedback: 1, feedbackReplaced: 1 });

    expect(await t.db.participant.findUnique({ where: { id: dup.id } })).toBeNull();
    const regs = await t.db.registration.findMany({ where: { participantId: keep.id }, orderBy: { eventId: "asc" } });
    expect(regs.map((r) => r.id).sort()).toEqual([d1.id, k2.id, d3.id, k4.id, d5.id].sort());
    const feedback = await t.db.feedback.findMany({ where: { participantId: keep.id } });
    expect(feedback.map((f) => [f.id, f.rating]).sort()).toEqual(
      [
        [f1.id, 5],
        [f2.id, 4],
        [f3.id, 3],
      ].sort(),
    );
    expect(feedback.find((f) => f.id === f1.id)!.updatedAt.toISOString()).toBe("2026-12-12T10:00:00.000Z");
    expect(await t.db.registration.count({ where: { eventId: { in: [e1.id, e2.id, e3.id, e4.id, e5.id] } } })).toBe(5);

    const kept = await t.db.participant.findUniqueOrThrow({ where: { id: keep.id } });
    expect(kept).toMatchObject({ email: "dup@example.ru", phone: "+7 900 000-00-00", userId: dupUser.user.id });
    expect(await t.db.auditLog.count({ where: { entity: "Participant", entityId: { in: [keep.id, dup.id] } } })).toBe(2);
    const log = await t.db.personalDataAccess.findMany({ where: { action: "merge", userId: admin.id } });
    expect(log.map((l) => l.subjectId).sort()).toEqual([keep.id, dup.id].sort());
  });
});

describe("CSV parser", () => {
  it("drops the BOM, takes ; or , and handles quotes, doubled quotes and line breaks in quotes", () => {
    expect(parseCsv('\uFEFFФИО;Организация\r\n"Иванова; Анна";"ООО ""Ромашка"""\r\n')).toEqual([
      ["ФИО", "Организация"],
      ["Иванова; Анна", 'ООО "Ромашка"'],
    ]);
    expect(parseCsv('a,b\n"x, y","line\nbreak"\n\nlast,')).toEqual([["a", "b"], ["x, y", "line\nbreak"], [""], ["last", ""]]);
  });
});

describe("import", () => {
  it("previews per-row errors in Russian and writes nothing while any row is bad", async () => {
    const { ctx, yar, admin, person } = await setup();
    const existing = await person(yar.id);
    const file = csv(
      [
        "\uFEFFКод;ФИО;E-mail;Телефон;Организация;Должность;Категория;Регион",
        `${existing.code};"Петров; Пётр Обновлённый";petrov@example.ru;;"ООО ""Ромашка""";инженер;${ctx.category.name};${yar.code}`,
        `;Иванова Анна;не-почта;;;;${ctx.category.name};${yar.code}`,
        `;;;;;;Студенты;Марс`,
        ``,
        `NEW-1;Сидорова Мария;;+7 (4852) 11-22-33;;;civil-servant;Регион KOS`,
        `NEW-1;Сидорова Мария;;;;;civil-servant;Регион KOS`,
      ].join("\r\n"),
    );
    const request = { projectId: ctx.project.id, fileName: "участники.csv", bytes: file, write: true, validOnly: false };
    const out = await importParticipants(t.db, admin, request);
    expect(out.written).toBeNull();
    expect(out.preview.rows.map((r) => [r.row, r.action])).toEqual([
      [2, "update"],
      [3, "create"],
      [4, "create"],
      [6, "create"],
      [7, "create"],
    ]);
    expect(out.preview.errors).toEqual([
      { row: 3, column: "E-mail", message: "Неверный формат e-mail, пример: ivanova@example.ru" },
      { row: 4, column: "ФИО", message: "Укажите ФИО полностью" },
      { row: 4, column: "Категория", message: "Категория «Студенты» не найдена в справочнике проекта" },
      { row: 4, column: "Регион", message: "Регион «Марс» не участвует в проекте" },
      { row: 7, column: "Код", message: "Код «NEW-1» уже встречался в строке 6" },
    ]);
    expect(out.preview).toMatchObject({ validCount: 2, invalidCount: 3 });
    expect(await t.db.participant.count({ where: { projectId: ctx.project.id } })).toBe(1);

    const partial = await importParticipants(t.db, admin, { ...request, validOnly: true });
    expect(partial.written).toEqual({ created: 1, updated: 1 });
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      fullName: "Петров; Пётр Обновлённый",
      organization: 'ООО "Ромашка"',
      email: "petrov@example.ru",
      position: "инженер",
    });
    expect(
      await t.db.participant.findFirstOrThrow({ where: { projectId: ctx.project.id, code: "NEW-1" }, include: { region: true } }),
    ).toMatchObject({ fullName: "Сидорова Мария", phone: "+7 (4852) 11-22-33", region: { name: "Регион KOS" } });
    expect(await t.db.personalDataAccess.count({ where: { subjectId: existing.id, action: "update" } })).toBe(1);

    // a preview alone writes nothing, even with valid rows only
    const previewOnly = await importParticipants(t.db, admin, { ...request, write: false, validOnly: true });
    expect(previewOnly.written).toBeNull();
    expect(await t.db.participant.count({ where: { projectId: ctx.project.id } })).toBe(2);
  });

  it("an all-valid file is written whole; a missing column is refused", async () => {
    const { ctx, admin } = await setup();
    const ok = csv(
      `full name,category,region,email\n"Кузнецова, Ольга",${ctx.category.code},${ctx.regions[1].code},OLGA@Example.RU\n`,
    );
    const out = await importParticipants(t.db, admin, {
      projectId: ctx.project.id,
      fileName: "a.csv",
      bytes: ok,
      write: true,
      validOnly: false,
    });
    expect(out.written).toEqual({ created: 1, updated: 0 });
    expect(await t.db.participant.findFirstOrThrow({ where: { projectId: ctx.project.id } })).toMatchObject({
      fullName: "Кузнецова, Ольга",
      email: "olga@example.ru",
    });
    await expect(
      importParticipants(t.db, admin, {
        projectId: ctx.project.id,
        fileName: "b.csv",
        bytes: csv("ФИО;Регион\nА Б;YAR\n"),
        write: true,
        validOnly: true,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("нет столбцов: Категория") });
  });

  it("reads XLSX", async () => {
    const { ctx, yar, admin } = await setup();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Участники");
    sheet.addRow(["ФИО", "E-mail", "Категория", "Регион", "Код"]);
    sheet.addRow([
      "Смирнова Елена",
      { text: "smirnova@example.ru", hyperlink: "mailto:smirnova@example.ru" },
      ctx.category.name,
      yar.code,
      12345,
    ]);
    sheet.addRow(["Попов", "", ctx.category.name, "Нет такого", ""]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const out = await importParticipants(t.db, admin, {
      projectId: ctx.project.id,
      fileName: "p.xlsx",
      bytes,
      write: true,
      validOnly: true,
    });
    expect(out.preview.errors).toEqual([{ row: 3, column: "Регион", message: "Регион «Нет такого» не участвует в проекте" }]);
    expect(out.written).toEqual({ created: 1, updated: 0 });
    expect(await t.db.participant.findFirstOrThrow({ where: { projectId: ctx.project.id } })).toMatchObject({
      code: "12345",
      fullName: "Смирнова Елена",
      email: "smirnova@example.ru",
    });
  });
});

// Загруженные файлы: types recognised by their bytes (a renamed .exe is refused), the size and count limits,
// a valid PDF stored outside public/ under a random name and attached to its record, nothing left behind
// when the record is not written, and the download rule — the same people as see the record (another
// region's coordinator gets «not found»; the member sees their own evidence, their mentor too).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeParticipants, makeProject, makeUser } from "../helpers/factories";
import { detectFileType } from "../../lib/files/detect-file-type";
import { storeUploads } from "../../lib/files/store-uploads";
import { openStoredFile } from "../../lib/files/open-stored-file";
import { storedFileResponse } from "../../lib/infra/http/stored-file-response";
import { blobPath } from "../../lib/files/blob-path";
import { MAX_FILE_BYTES } from "../../lib/files/file-limits";
import { scheduleMeetings } from "../../lib/protocols/schedule-meetings";
import { writeProtocol } from "../../lib/protocols/write-protocol";
import { submitReport } from "../../lib/protocols/submit-report";
import { meetingSchema, protocolSchema, reportSchema } from "../../lib/protocols/schemas";
import { completePlanItem } from "../../lib/reserve/plans/complete-plan-item";
import { addDiagnostic } from "../../lib/reserve/add-diagnostic";
import { copyUploads } from "../../lib/backup/copy-uploads";
import { sweepOrphanBlobs } from "../../lib/files/sweep-orphan-blobs";

let t: TestDatabase;
let uploads: string;
beforeAll(async () => {
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-uploads-"));
  process.env.UPLOAD_DIR = uploads;
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(uploads, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
const file = (bytes: Uint8Array, name: string, type = "application/pdf") => new File([bytes as BlobPart], name, { type });

/** Blobs under UPLOAD_DIR (the tmp folder of unfinished writes included: it must be empty too). */
function blobsOnDisk(): string[] {
  if (!fs.existsSync(uploads)) return [];
  return (fs.readdirSync(uploads, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(uploads, p)).isFile());
}

/** A ZIP of stored (uncompressed) entries; CRCs are left 0 — only the structure matters for detection. */
function zip(entries: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const [name, content] of Object.entries(entries)) {
    const n = [...enc.encode(name)];
    const c = [...enc.encode(content)];
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(c.length));
    locals.push(...u32(c.length), ...u16(n.length), ...u16(0), ...n, ...c);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0));
    central.push(...u32(c.length), ...u32(c.length), ...u16(n.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(0), ...u32(offset), ...n);
  }
  const count = Object.keys(entries).length;
  const end = [...u32(0x06054b50), 0, 0, 0, 0, ...u16(count), ...u16(count), ...u32(central.length), ...u32(locals.length), 0, 0];
  return new Uint8Array([...locals, ...central, ...end]);
}

async function assignmentWorld() {
  const ctx = await makeProject(t.db);
  const ministry = (await makeUser(t.db, "MINISTRY")).session;
  const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
  const otherCoordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
  const [meetingId] = await scheduleMeetings(
    t.db,
    ministry,
    meetingSchema.parse({
      projectId: ctx.project.id,
      title: "Совещание с координаторами",
      startsAt: "2026-11-04T10:00",
      weeks: "1",
    }),
  );
  const [assignment] = await writeProtocol(
    t.db,
    ministry,
    protocolSchema.parse({
      meetingId,
      protocolNumber: "7",
      protocolDate: "2026-11-04",
      decisions: "Поручить регионам представить планы",
      "assignments.0.text": "Представить план мероприятий",
      "assignments.0.regionIds": [ctx.regions[0].id],
      "assignments.0.dueDate": "2026-12-01",
    }),
  );
  return { ctx, ministry, coordinator, otherCoordinator, itemId: assignment.items[0].id };
}

const report = (itemId: string, files: File[]) => ({
  ...reportSchema.parse({ itemId, text: "План мероприятий утверждён", links: "https://example.ru/plan" }),
  files,
});

describe("file types by content", () => {
  it("knows PDF, PNG, JPEG, DOCX, XLSX and ODT by their bytes and nothing else", async () => {
    expect(detectFileType(PDF)).toBe("pdf");
    expect(detectFileType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png");
    expect(detectFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe("jpeg");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист").addRow(["Регион", 1]);
    expect(detectFileType(new Uint8Array(await workbook.xlsx.writeBuffer()))).toBe("xlsx");
    expect(detectFileType(zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }))).toBe("docx");
    expect(detectFileType(zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }))).toBe("odt");
    expect(detectFileType(zip({ "readme.txt": "просто архив" }))).toBeNull();
    expect(detectFileType(EXE)).toBeNull();
    expect(detectFileType(new TextEncoder().encode("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(detectFileType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe("limits", () => {
  it("refuses a renamed .exe, an oversized file, a wrong extension and too many files — nothing written", async () => {
    const w = await assignmentWorld();
    // the oversized file starts with %PDF- so only its size can refuse it
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PDF);
    const refusals: [File[], RegExp][] = [
      [[file(EXE, "отчёт.pdf")], /допустимы только PDF, DOCX, XLSX, ODT, JPEG и PNG/],
      [[file(big, "большой.pdf")], /больше 20 МБ/],
      [[file(PDF, "отчёт.docx")], /расширение не соответствует содержимому/],
      [Array.from({ length: 6 }, (_, i) => file(PDF, `${i}.pdf`)), /Не больше 5 файлов/],
    ];
    for (const [files, message] of refusals) {
      const error = await submitReport(t.db, w.coordinator, report(w.itemId, files)).catch((e) => e);
      expect(error).toMatchObject({ code: "VALIDATION" });
      expect(error.fieldErrors.files[0]).toMatch(message);
    }
    expect(await t.db.assignmentReport.count({ where: { itemId: w.itemId } })).toBe(0);
    expect(await t.db.storedFile.count()).toBe(0);
    expect(blobsOnDisk()).toEqual([]);
  });

  it("stores a valid PDF under a random name with its verified type and hash, attached to the report", async () => {
    const w = await assignmentWorld();
    const saved = await submitReport(
      t.db,
      w.coordinator,
      report(w.itemId, [file(PDF, "План мероприятий (итог).pdf", "text/html")]),
    );
    const [row] = await t.db.storedFile.findMany({ where: { assignmentReportId: saved.id } });
    expect(row).toMatchObject({
      originalName: "План мероприятий (итог).pdf",
      mimeType: "application/pdf", // the browser's «text/html» is ignored
      size: PDF.length,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      uploadedById: w.coordinator.id,
    });
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    const onDisk = blobPath(row.storageKey);
    expect(onDisk.startsWith(uploads)).toBe(true);
    expect(new Uint8Array(fs.readFileSync(onDisk))).toEqual(PDF);
    expect(blobsOnDisk().some((p) => p.includes("План"))).toBe(false);
    // links keep working beside files
    expect(saved.links).toEqual(["https://example.ru/plan"]);

    // who may download: the region's coordinator and the federal centre; another region's coordinator
    // and other roles get «not found», exactly as for a file that does not exist
    expect((await openStoredFile(t.db, w.coordinator, row.id)).bytes).toEqual(Buffer.from(PDF));
    await expect(openStoredFile(t.db, w.ministry, row.id)).resolves.toMatchObject({ file: { id: row.id } });
    await expect(openStoredFile(t.db, w.otherCoordinator, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const participant = (await makeUser(t.db, "PARTICIPANT")).session;
    await expect(openStoredFile(t.db, participant, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openStoredFile(t.db, w.coordinator, "no-such-file")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openStoredFile(t.db, null, row.id)).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const response = storedFileResponse(row, PDF);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toMatch(/default-src 'none'; sandbox/);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="____ ___________ (____).pdf"; filename*=UTF-8''${encodeURIComponent("План мероприятий")}%20%28${encodeURIComponent("итог")}%29.pdf`,
    );
  });
});

describe("no orphans", () => {
  it("a refused record leaves no row and no blob; a transaction failing after the row leaves neither", async () => {
    const w = await assignmentWorld();
    await submitReport(t.db, w.coordinator, report(w.itemId, []));
    const before = blobsOnDisk();
    // the item already has a report waiting: the domain refuses after the blob was written
    await expect(submitReport(t.db, w.coordinator, report(w.itemId, [file(PDF, "второй.pdf")]))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(blobsOnDisk()).toEqual(before);
    expect(await t.db.assignmentReport.count({ where: { itemId: w.itemId } })).toBe(1);

    const reportId = (await t.db.assignmentReport.findFirstOrThrow({ where: { itemId: w.itemId } })).id;
    const failure = storeUploads([file(PDF, "сбой.pdf")], "files", (staged) =>
      t.db.$transaction(async (tx) => {
        await tx.storedFile.createMany({ data: staged.map((f) => ({ ...f, assignmentReportId: reportId })) });
        expect(fs.existsSync(blobPath(staged[0].storageKey))).toBe(true);
        throw new Error("сбой после записи строки");
      }),
    );
    await expect(failure).rejects.toThrow("сбой после записи строки");
    expect(await t.db.storedFile.count({ where: { assignmentReportId: reportId } })).toBe(0);
    expect(blobsOnDisk()).toEqual(before);
  });

  it("the database refuses a file attached to no record or to two", async () => {
    const base = { storageKey: "0".repeat(32), originalName: "x.pdf", mimeType: "application/pdf", size: 1, sha256: "x" };
    await expect(t.db.storedFile.create({ data: base })).rejects.toThrow();
  });
});

describe("reserve files", () => {
  async function reserveWorld() {
    const ctx = await makeProject(t.db);
    const coordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[0].id])).session;
    const otherCoordinator = (await makeUser(t.db, "COORDINATOR", [ctx.regions[1].id])).session;
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const [member, otherMember] = await makeParticipants(t.db, 2, ctx);
    const participant = await t.db.participant.findFirstOrThrow({ where: { userId: member.id } });
    const reserve = await t.db.personnelReserve.create({
      data: {
        projectId: ctx.project.id,
        regionId: ctx.regions[0].id,
        code: "R-1",
        targetPosition: "Директор школы",
        capacity: 5,
      },
    });
    const candidate = await t.db.reserveCandidate.create({
      data: { reserveId: reserve.id, participantId: participant.id, status: "in_development", source: "employer" },
    });
    const plan = await t.db.developmentPlan.create({ data: { candidateId: candidate.id, year: 2026 } });
    const item = await t.db.developmentPlanItem.create({
      data: { planId: plan.id, kind: "course", title: "Курс «Финансы ОО»", dueDate: new Date("2026-12-20T00:00:00Z") },
    });
    const expertOf = async () => {
      const u = await makeUser(t.db, "EXPERT");
      const expert = await t.db.expert.create({
        data: { projectId: ctx.project.id, code: `E-${u.user.id}`, fullName: u.user.fullName, userId: u.user.id },
      });
      return { session: u.session, expert };
    };
    const mentor = await expertOf();
    const otherExpert = await expertOf();
    await t.db.mentorPair.create({
      data: { candidateId: candidate.id, expertId: mentor.expert.id, startedOn: new Date("2026-01-10T00:00:00Z") },
    });
    return { coordinator, otherCoordinator, ministry, member, otherMember, candidate, participant, item, mentor, otherExpert };
  }

  it("plan evidence: the member, their mentor and the region's organizers download it; others get «not found»", async () => {
    const w = await reserveWorld();
    await completePlanItem(t.db, w.member, {
      itemId: w.item.id,
      memberReport: "Курс пройден",
      evidenceUrl: null,
      files: [file(PDF, "Удостоверение.pdf")],
    });
    const [row] = await t.db.storedFile.findMany({ where: { planItemId: w.item.id } });
    expect(row.originalName).toBe("Удостоверение.pdf");
    for (const allowed of [w.member, w.mentor.session, w.coordinator, w.ministry]) {
      await expect(openStoredFile(t.db, allowed, row.id)).resolves.toMatchObject({ file: { id: row.id } });
    }
    for (const refused of [w.otherMember, w.otherExpert.session, w.otherCoordinator]) {
      await expect(openStoredFile(t.db, refused, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // another member can't attach to someone else's item: nothing stored
    const count = blobsOnDisk().length;
    await expect(
      completePlanItem(t.db, w.otherMember, {
        itemId: w.item.id,
        memberReport: "чужое",
        evidenceUrl: null,
        files: [file(PDF, "a.pdf")],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(blobsOnDisk().length).toBe(count);

    // a second report adds its files to the first one's, up to ten per item
    const five = () => Array.from({ length: 5 }, (_, i) => file(PDF, `Скан ${i + 1}.pdf`));
    await completePlanItem(t.db, w.member, { itemId: w.item.id, memberReport: "Дополнил", evidenceUrl: null, files: five() });
    const full = await completePlanItem(t.db, w.member, {
      itemId: w.item.id,
      memberReport: "Ещё",
      evidenceUrl: null,
      files: five(),
    }).catch((e) => e);
    expect(full).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { files: ["К пункту можно приложить не больше 10 файлов (уже 6)"] },
    });
    expect(await t.db.storedFile.count({ where: { planItemId: w.item.id } })).toBe(6);
    expect(blobsOnDisk().length).toBe(count + 5);
  });

  it("diagnostics files: only organizers who see diagnostics, each download in the access log", async () => {
    const w = await reserveWorld();
    const record = await addDiagnostic(t.db, w.coordinator, {
      candidateId: w.candidate.id,
      method: "Тест Белбина",
      heldOn: new Date("2026-10-15T00:00:00Z"),
      summary: "Роль: координатор",
      fileUrl: null,
      files: [file(PDF, "Заключение психолога.pdf")],
    });
    const [row] = await t.db.storedFile.findMany({ where: { diagnosticId: record.id } });
    await openStoredFile(t.db, w.coordinator, row.id);
    expect(
      await t.db.personalDataAccess.count({ where: { subjectId: w.participant.id, userId: w.coordinator.id, action: "export" } }),
    ).toBe(1);
    // the ministry reads the reserve but not diagnostics; the member and the mentor neither
    for (const refused of [w.ministry, w.member, w.mentor.session, w.otherCoordinator]) {
      await expect(openStoredFile(t.db, refused, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("backup of the uploads", () => {
  it("copies the upload directory beside the copy and back, without unfinished writes", async () => {
    const w = await assignmentWorld();
    const saved = await submitReport(t.db, w.coordinator, report(w.itemId, [file(PDF, "Для копии.pdf")]));
    const row = await t.db.storedFile.findFirstOrThrow({ where: { assignmentReportId: saved.id } });
    fs.writeFileSync(path.join(uploads, "tmp", "unfinished.part"), "x");
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-copy-")) + "/copy.dump.uploads";
    try {
      expect(await copyUploads(uploads, copy)).toBe(blobsOnDisk().length - 1);
      fs.rmSync(blobPath(row.storageKey));
      await expect(openStoredFile(t.db, w.coordinator, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await copyUploads(copy, uploads);
      expect((await openStoredFile(t.db, w.coordinator, row.id)).bytes).toEqual(Buffer.from(PDF));
      expect(await copyUploads(path.join(copy, "absent"), uploads)).toBe(0);
    } finally {
      fs.rmSync(path.dirname(copy), { recursive: true, force: true });
      fs.rmSync(path.join(uploads, "tmp", "unfinished.part"));
    }
  });
});

describe("sweeping orphans", () => {
  it("removes old blobs and unfinished writes no record names, keeps referenced and young ones", async () => {
    const w = await assignmentWorld();
    const saved = await submitReport(t.db, w.coordinator, report(w.itemId, [file(PDF, "Нужный.pdf")]));
    const row = await t.db.storedFile.findFirstOrThrow({ where: { assignmentReportId: saved.id } });
    const orphan = blobPath("ab".repeat(16));
    const young = blobPath("cd".repeat(16));
    const part = path.join(uploads, "tmp", `${"ef".repeat(16)}.part`);
    for (const f of [orphan, young, part]) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, "x");
    }
    const hourAgo = new Date(Date.now() - 2 * 3600_000);
    for (const f of [orphan, part, blobPath(row.storageKey)]) fs.utimesSync(f, hourAgo, hourAgo);

    const { removed } = await sweepOrphanBlobs(t.db);
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(part)).toBe(false);
    expect(fs.existsSync(young)).toBe(true);
    expect((await openStoredFile(t.db, w.coordinator, row.id)).bytes).toEqual(Buffer.from(PDF));
    fs.rmSync(young);
  });
});

// Персональные данные (152-ФЗ): consent recorded at self-registration, the person's own download and
// deletion request, anonymisation that keeps every KPI figure, and the access log with its filters.
import { loadSessionUser } from "../../lib/auth/sessions/load-session-user";
import { startUserSession } from "../../lib/auth/sessions/start-user-session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { importBundle } from "../../lib/bundle/import-bundle";
import { computeKpiReport } from "../../lib/kpi/compute-kpi-report";
import { registerParticipant } from "../../lib/accounts/register-participant";
import { registrationSchema } from "../../lib/accounts/schemas";
import { CONSENT_VERSION } from "../../lib/personal-data/consent";
import { getMyData } from "../../lib/personal-data/get-my-data";
import { myDataXlsx } from "../../lib/personal-data/my-data-xlsx";
import { requestDataDeletion } from "../../lib/personal-data/request-data-deletion";
import { anonymizeParticipant } from "../../lib/personal-data/anonymize-participant";
import { listPersonalDataAccess } from "../../lib/personal-data/list-personal-data-access";
import { getParticipantCard } from "../../lib/participants/get-participant-card";
import { exportParticipantData } from "../../lib/personal-data/export-participant-data";
import { makeProject, makeUser } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { readSampleBundle, readSampleReports } from "../helpers/contract-fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await importBundle(t.db, readSampleBundle());
});
afterAll(async () => t.drop());

const reports = () =>
  Promise.all(
    readSampleReports().map(({ project, period }) =>
      computeKpiReport(t.db, { projectCode: project, year: period.year, quarter: period.quarter, cumulative: period.cumulative }),
    ),
  );

describe("consent at self-registration", () => {
  it("records the moment and the version of the consent text", async () => {
    const { project, regions, category } = await makeProject(t.db);
    const at = new Date("2026-03-01T09:00:00Z");
    const user = await registerParticipant(
      t.db,
      registrationSchema.parse({
        fullName: "Орлова Вера Павловна",
        email: "orlova@example.ru",
        password: "длинная фраза пароля",
        passwordConfirm: "длинная фраза пароля",
        projectId: project.id,
        categoryId: category.id,
        regionId: regions[0].id,
        consent: "on",
      }),
      at,
    );
    expect(await t.db.participant.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      consentAt: at,
      consentVersion: CONSENT_VERSION,
    });
  });
});

describe("the person's own data and the deletion request", () => {
  it("downloads profile, registrations and feedback (JSON and XLSX), logged; then asks for deletion", async () => {
    const withFeedback = await t.db.participant.findFirstOrThrow({
      where: { feedback: { some: {} }, userId: null },
      include: { _count: { select: { registrations: true, feedback: true } } },
    });
    const me = await makeUser(t.db, "PARTICIPANT");
    await t.db.participant.update({ where: { id: withFeedback.id }, data: { userId: me.user.id } });

    const data = await getMyData(t.db, me.session);
    expect(data.participants).toHaveLength(1);
    expect(data.participants[0]).toMatchObject({
      code: withFeedback.code,
      fullName: withFeedback.fullName,
      email: withFeedback.email,
    });
    expect(data.participants[0].registrations).toHaveLength(withFeedback._count.registrations);
    expect(data.participants[0].feedback).toHaveLength(withFeedback._count.feedback);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await myDataXlsx(data)).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Профиль", "Регистрации", "Оценки"]);
    expect(book.getWorksheet("Оценки")!.rowCount).toBe(1 + withFeedback._count.feedback);
    expect(
      await t.db.personalDataAccess.count({ where: { userId: me.user.id, subjectId: withFeedback.id, action: "download" } }),
    ).toBe(1);

    const at = new Date("2026-06-01T00:00:00Z");
    expect(await requestDataDeletion(t.db, me.session, at)).toBe(1);
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: withFeedback.id } })).deletionRequestedAt).toEqual(at);
    expect(await requestDataDeletion(t.db, me.session)).toBe(0);
    const stranger = (await makeUser(t.db, "PARTICIPANT")).session;
    await expect(requestDataDeletion(t.db, stranger)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getMyData(t.db, stranger)).toMatchObject({ participants: [] });
  });
});

describe("anonymisation", () => {
  it("erases the person, unlinks and disables the account, and leaves every KPI report unchanged", async () => {
    const rater = await t.db.participant.findFirstOrThrow({
      where: { feedback: { some: {} }, registrations: { some: { attended: true } }, anonymizedAt: null, userId: null },
      orderBy: { code: "asc" },
    });
    const account = await makeUser(t.db, "PARTICIPANT");
    await t.db.participant.update({
      where: { id: rater.id },
      data: { userId: account.user.id, phone: "+7 900 1", position: "x" },
    });
    const regsBefore = await t.db.registration.findMany({ where: { participantId: rater.id }, orderBy: { id: "asc" } });
    const feedbackBefore = await t.db.feedback.findMany({ where: { participantId: rater.id }, orderBy: { id: "asc" } });
    const before = await reports();
    await t.db.auditLog.create({
      data: { action: "update", entity: "Participant", entityId: rater.id, after: { fullName: rater.fullName } },
    });

    const coordinator = (await makeUser(t.db, "COORDINATOR", [rater.regionId])).session;
    await expect(anonymizeParticipant(t.db, coordinator, rater.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = (await makeUser(t.db, "ADMIN")).session;
    const sessionId = await startUserSession(t.db, account.user.id, { ip: "192.0.2.1", userAgent: null });
    await anonymizeParticipant(t.db, admin, rater.id);
    expect(await loadSessionUser(t.db, sessionId)).toBeNull();

    const after = await t.db.participant.findUniqueOrThrow({ where: { id: rater.id } });
    expect(after).toMatchObject({
      fullName: `Участник удалён (${rater.code})`,
      email: null,
      phone: null,
      organization: null,
      position: null,
      userId: null,
      anonymizedAt: expect.any(Date),
    });
    const user = await t.db.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(user).toMatchObject({ active: false, fullName: "Участник удалён" });
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ revokedReason: "anonymized" });
    expect(user.email).not.toBe(account.user.email);
    expect(await t.db.registration.findMany({ where: { participantId: rater.id }, orderBy: { id: "asc" } })).toEqual(regsBefore);
    expect(await t.db.feedback.findMany({ where: { participantId: rater.id }, orderBy: { id: "asc" } })).toEqual(feedbackBefore);
    expect(await reports()).toEqual(before);
    expect(JSON.parse(JSON.stringify(before))).toEqual(readSampleReports());
    // nothing of the erased values stays in the change log
    const audit = await t.db.auditLog.findMany({
      where: { entity: "Participant", entityId: rater.id },
      select: { before: true, after: true },
    });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(rater.fullName);

    // the same bundle imported again does not bring the name and e-mail back (issue 18, item 6)
    await importBundle(t.db, readSampleBundle());
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: rater.id } })).toMatchObject({
      fullName: `Участник удалён (${rater.code})`,
      email: null,
    });
    expect(await reports()).toEqual(before);

    await expect(anonymizeParticipant(t.db, admin, rater.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the access log", () => {
  it("lists who saw whose card, filtered and paginated; only for administrators", async () => {
    const admin = (await makeUser(t.db, "ADMIN")).session;
    const ministry = (await makeUser(t.db, "MINISTRY")).session;
    const someone = await t.db.participant.findFirstOrThrow({ where: { anonymizedAt: null }, orderBy: { code: "desc" } });
    await getParticipantCard(t.db, ministry, someone.id);
    await getParticipantCard(t.db, ministry, someone.id);

    const page = await listPersonalDataAccess(t.db, admin, { page: 1, subject: someone.code, action: "view" });
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({ action: "view", userId: ministry.id, subject: { code: someone.code } });
    const byUser = await listPersonalDataAccess(t.db, admin, { page: 1, user: ministry.email });
    expect(byUser.total).toBe(2);
    const future = await listPersonalDataAccess(t.db, admin, { page: 1, from: new Date(Date.now() + 3_600_000) });
    expect(future.total).toBe(0);
    await expect(listPersonalDataAccess(t.db, ministry, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });

    // an export from the card is logged; a coordinator of another region gets nothing
    const exported = await exportParticipantData(t.db, ministry, someone.id);
    expect(exported.participants[0]).toMatchObject({ id: someone.id, code: someone.code });
    const exports = await listPersonalDataAccess(t.db, admin, { page: 1, subject: someone.code, action: "export" });
    expect(exports.total).toBe(1);
    const otherRegion = await t.db.region.findFirstOrThrow({ where: { id: { not: someone.regionId } } });
    const stranger = (await makeUser(t.db, "COORDINATOR", [otherRegion.id])).session;
    await expect(exportParticipantData(t.db, stranger, someone.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

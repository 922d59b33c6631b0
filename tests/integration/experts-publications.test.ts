// Issue 6: the experts registry (region scope, consent, access log), expert conclusions (only a linked
// EXPERT, one per event, editable by its author) and publications with the per-region view, which is
// computeKpiReport's own numbers and changes when a publication is added.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { saveExpert } from "../../lib/experts/save-expert";
import { listExperts } from "../../lib/experts/list-experts";
import { getExpertCard } from "../../lib/experts/get-expert-card";
import { getExpertProfile } from "../../lib/experts/get-expert-profile";
import { updateOwnExpertProfile } from "../../lib/experts/update-own-expert-profile";
import { expertContactsSchema, expertSchema } from "../../lib/experts/schemas";
import { EXPERT_CONSENT_VERSION } from "../../lib/personal-data/consent";
import { saveConclusion } from "../../lib/conclusions/save-conclusion";
import { getConclusionForm } from "../../lib/conclusions/get-conclusion-form";
import { listEventConclusions } from "../../lib/conclusions/list-event-conclusions";
import { conclusionSchema } from "../../lib/conclusions/schemas";
import { savePublication } from "../../lib/publications/save-publication";
import { deletePublication } from "../../lib/publications/delete-publication";
import { listPublications } from "../../lib/publications/list-publications";
import { saveResource } from "../../lib/publications/save-resource";
import { publicationSchema, resourceSchema } from "../../lib/publications/schemas";
import { getRegionPublicationCoverage } from "../../lib/publications/get-region-publication-coverage";
import { computeKpiReport } from "../../lib/kpi/compute-kpi-report";
import { listKpiDetails } from "../../lib/kpi/list-kpi-details";
import { parseKpiDetailsQuery } from "../../lib/kpi/parse-kpi-details-query";
import { formAction } from "../../lib/infra/http/form-action";

// formAction reads the session (Auth.js, needs Next's runtime); the handler here ignores it
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => null }));

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

async function setup() {
  const ctx = await makeProject(t.db);
  const [yar, kos] = ctx.regions;
  const admin = (await makeUser(t.db, "ADMIN")).session;
  const coordYar = (await makeUser(t.db, "COORDINATOR", [yar.id])).session;
  const coordKos = (await makeUser(t.db, "COORDINATOR", [kos.id])).session;
  const ministry = (await makeUser(t.db, "MINISTRY")).session;
  return { ...ctx, yar, kos, admin, coordYar, coordKos, ministry };
}

const expertForm = (projectId: string, regionId: string, extra: Record<string, unknown> = {}) =>
  expertSchema.parse({
    projectId,
    regionId,
    fullName: "Иванова Мария Петровна",
    independent: "on",
    organization: "АНО «Развитие»",
    email: "ivanova@mail.ru",
    phone: "+7 4852 12-34-56",
    competences: "Проектное управление\nНаставничество\nПроектное управление",
    consent: "on",
    ...extra,
  });

describe("experts registry", () => {
  it("the form schema demands consent and gives Russian errors", () => {
    const parsed = expertSchema.safeParse({ projectId: "p", regionId: "", fullName: "", email: "x" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["regionId", "fullName", "email", "consent"]));
    expect(parsed.error!.issues.find((i) => i.path[0] === "consent")!.message).toMatch(/согласия/);
  });

  it("a coordinator creates experts of own region only; lists and cards are region-scoped; crafted ids are refused", async () => {
    const s = await setup();
    const mine = await saveExpert(t.db, s.coordYar, expertForm(s.project.id, s.yar.id, { directionIds: [s.direction.id] }));
    expect(mine).toMatchObject({
      consentVersion: EXPERT_CONSENT_VERSION,
      competences: ["Проектное управление", "Наставничество"],
    });
    expect(mine.consentAt).toBeInstanceOf(Date);
    await expect(saveExpert(t.db, s.coordYar, expertForm(s.project.id, s.kos.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const theirs = await saveExpert(t.db, s.coordKos, expertForm(s.project.id, s.kos.id, { fullName: "Петров Пётр" }));

    const list = await listExperts(t.db, s.coordYar, { projectId: s.project.id, page: 1 });
    expect(list.items.map((x) => x.id)).toEqual([mine.id]);
    expect(list.items[0].directions.map((d) => d.direction.name)).toEqual(["Цифровая трансформация"]);
    expect((await listExperts(t.db, s.admin, { projectId: s.project.id, page: 1 })).total).toBe(2);
    expect((await listExperts(t.db, s.admin, { projectId: s.project.id, q: "пётр", page: 1 })).items.map((x) => x.id)).toEqual([
      theirs.id,
    ]);
    await expect(listExperts(t.db, s.ministry, { projectId: s.project.id, page: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    // crafted: another region's expert id, to read or to edit (even moving it into own region)
    await expect(getExpertCard(t.db, s.coordYar, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveExpert(t.db, s.coordYar, expertForm(s.project.id, s.yar.id, { id: theirs.id, fullName: "Захвачен" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.expert.findUniqueOrThrow({ where: { id: theirs.id } })).fullName).toBe("Петров Пётр");
  });

  it("viewing and editing a card write personal-data access rows; the card lists events with roles", async () => {
    const s = await setup();
    const expert = await saveExpert(t.db, s.coordYar, expertForm(s.project.id, s.yar.id));
    const event = await makeEvent(t.db, s.project.id, s.yar.id, s.direction.id);
    await t.db.eventExpert.create({ data: { eventId: event.id, expertId: expert.id, role: "moderator" } });
    const card = await getExpertCard(t.db, s.coordYar, expert.id);
    expect(card.events.total).toBe(1);
    expect(card.events.items[0]).toMatchObject({ role: "moderator", event: { id: event.id } });
    await saveExpert(t.db, s.admin, expertForm(s.project.id, s.yar.id, { id: expert.id, phone: "+7 900 000-00-00" }));
    const rows = await t.db.personalDataAccess.findMany({
      where: { subjectType: "Expert", subjectId: expert.id },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.userId, r.action])).toEqual([
      [s.coordYar.id, "update"],
      [s.coordYar.id, "view"],
      [s.admin.id, "update"],
    ]);
    // consent date is kept while the text version is the same
    const again = await t.db.expert.findUniqueOrThrow({ where: { id: expert.id } });
    expect(again.consentAt).toEqual(expert.consentAt);
  });

  it("an expert user sees their own profile and edits contacts and competences only", async () => {
    const s = await setup();
    const { user, session: me } = await makeUser(t.db, "EXPERT");
    await expect(
      saveExpert(t.db, s.coordYar, expertForm(s.project.id, s.yar.id, { userEmail: "nobody@example.ru" })),
    ).rejects.toMatchObject({ fieldErrors: { userEmail: [expect.stringMatching(/не найден/)] } });
    const expert = await saveExpert(t.db, s.coordYar, expertForm(s.project.id, s.yar.id, { userEmail: user.email }));
    const event = await makeEvent(t.db, s.project.id, s.yar.id, s.direction.id);
    await t.db.eventExpert.create({ data: { eventId: event.id, expertId: expert.id, role: "speaker" } });
    const profile = await getExpertProfile(t.db, me, s.project.id);
    expect(profile.expert.id).toBe(expert.id);
    expect(profile.events.items).toEqual([expect.objectContaining({ role: "speaker", conclusion: null })]);
    const updated = await updateOwnExpertProfile(
      t.db,
      me,
      s.project.id,
      expertContactsSchema.parse({ email: "new@mail.ru", phone: "", organization: "ВУЗ", competences: "Оценка" }),
    );
    expect(updated).toMatchObject({
      email: "new@mail.ru",
      phone: null,
      competences: ["Оценка"],
      independent: true,
      regionId: s.yar.id,
    });
    await expect(getExpertProfile(t.db, s.coordYar, s.project.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = (await makeUser(t.db, "EXPERT")).session;
    await expect(getExpertProfile(t.db, stranger, s.project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("expert conclusions", () => {
  const AFTER = new Date("2026-12-11T09:00:00Z");
  const BEFORE = new Date("2026-12-01T09:00:00Z");
  const body = (eventId: string, assessment = "4") =>
    conclusionSchema.parse({
      eventId,
      whatWorked: "Хорошая модерация, живая дискуссия",
      recommendations: "Больше практических кейсов",
      assessment,
    });

  async function linked() {
    const s = await setup();
    const event = await makeEvent(t.db, s.project.id, s.yar.id, s.direction.id);
    const author = await makeUser(t.db, "EXPERT");
    const other = await makeUser(t.db, "EXPERT");
    const expert = await saveExpert(t.db, s.admin, expertForm(s.project.id, s.yar.id, { userEmail: author.user.email }));
    const otherExpert = await saveExpert(
      t.db,
      s.admin,
      expertForm(s.project.id, s.kos.id, { userEmail: other.user.email, fullName: "Другой Эксперт" }),
    );
    await t.db.eventExpert.create({ data: { eventId: event.id, expertId: expert.id, role: "assessor" } });
    return { ...s, event, author: author.session, other: other.session, expert, otherExpert };
  }

  it("only a linked expert writes, once the event has started; one per event, edited by its author", async () => {
    const s = await linked();
    await expect(saveConclusion(t.db, s.author, body(s.event.id), BEFORE)).rejects.toMatchObject({ code: "CONFLICT" });
    const first = await saveConclusion(t.db, s.author, body(s.event.id), AFTER);
    expect(first.created).toBe(true);
    const second = await saveConclusion(t.db, s.author, body(s.event.id, "5"), AFTER);
    expect(second).toMatchObject({ created: false, conclusion: { id: first.conclusion.id, assessment: 5 } });
    expect(await t.db.expertConclusion.count({ where: { eventId: s.event.id } })).toBe(1);

    // an expert not linked to the event, a coordinator, an admin: refused; the author's text is intact
    await expect(saveConclusion(t.db, s.other, body(s.event.id, "1"), AFTER)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConclusionForm(t.db, s.other, s.event.id, AFTER)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveConclusion(t.db, s.coordYar, body(s.event.id, "1"), AFTER)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveConclusion(t.db, s.admin, body(s.event.id, "1"), AFTER)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await t.db.expertConclusion.findUniqueOrThrow({ where: { id: first.conclusion.id } })).assessment).toBe(5);

    const form = await getConclusionForm(t.db, s.author, s.event.id, AFTER);
    expect(form).toMatchObject({ role: "assessor", conclusion: { id: first.conclusion.id }, window: { open: true } });

    // a cancelled event takes no conclusions
    await t.db.event.update({ where: { id: s.event.id }, data: { status: "cancelled" } });
    await expect(saveConclusion(t.db, s.author, body(s.event.id), AFTER)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("organizers of the region, the ministry and the admin read them; others don't; the drill-down lists them", async () => {
    const s = await linked();
    await t.db.event.update({ where: { id: s.event.id }, data: { status: "held" } });
    await saveConclusion(t.db, s.author, body(s.event.id), AFTER);
    for (const reader of [s.coordYar, s.ministry, s.admin]) {
      const page = await listEventConclusions(t.db, reader, s.event.id);
      expect(page.items.map((c) => c.expert.fullName)).toEqual(["Иванова Мария Петровна"]);
    }
    for (const refused of [s.coordKos, s.author]) {
      await expect(listEventConclusions(t.db, refused, s.event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const query = parseKpiDetailsQuery({ indicator: "conclusions", year: "2026", quarter: "4" }, 2026);
    const details = await listKpiDetails(t.db, s.ministry, s.project.code, query);
    expect(details.list.indicator).toBe("conclusions");
    expect(details.list.page.total).toBe(1);
    const kos = await listKpiDetails(t.db, s.coordKos, s.project.code, query);
    expect(kos.list.page.total).toBe(0);
    const q1 = parseKpiDetailsQuery({ indicator: "conclusions", year: "2026", quarter: "1" }, 2026);
    expect((await listKpiDetails(t.db, s.ministry, s.project.code, q1)).list.page.total).toBe(0);
  });
});

describe("information resources and publications", () => {
  async function withResources() {
    const s = await setup();
    const tv = await saveResource(t.db, s.admin, resourceSchema.parse({ projectId: s.project.id, name: "ГТРК", kind: "media" }));
    const vk = await saveResource(
      t.db,
      s.admin,
      resourceSchema.parse({ projectId: s.project.id, name: "ВКонтакте", kind: "social", url: "https://vk.com/kadry" }),
    );
    return { ...s, tv, vk };
  }
  const pub = (s: Awaited<ReturnType<typeof withResources>>, extra: Record<string, unknown>) =>
    publicationSchema.parse({
      projectId: s.project.id,
      resourceId: s.tv.id,
      regionId: s.yar.id,
      url: "https://gtrk.ru/news/1",
      publishedAt: "2026-04-15",
      ...extra,
    });

  it("only the admin manages resources", async () => {
    const s = await setup();
    await expect(
      saveResource(t.db, s.coordYar, resourceSchema.parse({ projectId: s.project.id, name: "Портал", kind: "portal" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("coordinators add, edit and delete publications of own regions only; crafted ids are refused", async () => {
    const s = await withResources();
    const mine = await savePublication(t.db, s.coordYar, pub(s, {}));
    await expect(savePublication(t.db, s.coordYar, pub(s, { regionId: s.kos.id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const theirs = await savePublication(t.db, s.coordKos, pub(s, { regionId: s.kos.id }));
    await expect(savePublication(t.db, s.coordYar, pub(s, { id: theirs.id, title: "Чужая" }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deletePublication(t.db, s.coordYar, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const list = await listPublications(t.db, s.coordYar, { projectId: s.project.id, page: 1 });
    expect(list.items.map((p) => p.id)).toEqual([mine.id]);
    expect((await listPublications(t.db, s.admin, { projectId: s.project.id, page: 1 })).total).toBe(2);
    const filtered = await listPublications(t.db, s.admin, {
      projectId: s.project.id,
      regionId: s.kos.id,
      from: "2026-04-15",
      to: "2026-04-15",
      page: 1,
    });
    expect(filtered.items.map((p) => p.id)).toEqual([theirs.id]);
    expect((await listPublications(t.db, s.admin, { projectId: s.project.id, from: "2026-04-16", page: 1 })).total).toBe(0);
    // a local day in the project's zone: 15.04 00:00 MSK
    expect(mine.publishedAt.toISOString()).toBe("2026-04-14T21:00:00.000Z");
    // an event of another region can't be attached
    const kosEvent = await makeEvent(t.db, s.project.id, s.kos.id, s.direction.id);
    await expect(
      savePublication(t.db, s.coordYar, pub(s, { url: "https://gtrk.ru/2", eventId: kosEvent.id })),
    ).rejects.toMatchObject({
      fieldErrors: { eventId: [expect.any(String)] },
    });
    await deletePublication(t.db, s.coordYar, mine.id);
    expect(await t.db.publication.count({ where: { id: mine.id } })).toBe(0);
  });

  it("a duplicate publication is a field error beside the link", async () => {
    const s = await withResources();
    await savePublication(t.db, s.admin, pub(s, {}));
    const action = formAction(publicationSchema, async (input) => void (await savePublication(t.db, s.admin, input)), {
      uniqueField: "url",
      uniqueMessage: "Эта публикация уже внесена",
    });
    const form = new FormData();
    for (const [k, v] of Object.entries({
      projectId: s.project.id,
      resourceId: s.tv.id,
      regionId: s.yar.id,
      url: "https://gtrk.ru/news/1",
      publishedAt: "2026-04-16",
    }))
      form.set(k, v);
    const state = await action({ ok: false }, form);
    expect(state).toMatchObject({ ok: false, fieldErrors: { url: ["Эта публикация уже внесена"] } });
  });

  it("the per-region view equals computeKpiReport and changes when a publication is added", async () => {
    const s = await withResources();
    const query = { projectCode: s.project.code, year: 2026, quarter: 2, page: 1 };
    const before = await getRegionPublicationCoverage(t.db, s.ministry, query);
    expect(before.regions.items.map((r) => [r.code, r.resources, r.met])).toEqual([
      [s.kos.code, 0, false],
      [s.yar.code, 0, false],
    ]);
    await savePublication(t.db, s.coordYar, pub(s, {}));
    await savePublication(t.db, s.coordYar, pub(s, { url: "https://gtrk.ru/news/2" })); // same resource: still 1
    const one = await getRegionPublicationCoverage(t.db, s.coordKos, query);
    expect(one.regions.items.find((r) => r.id === s.yar.id)).toMatchObject({ resources: 1, target: 2, met: false });
    await savePublication(t.db, s.coordYar, pub(s, { resourceId: s.vk.id, url: "https://vk.com/wall-1_2" }));
    // a publication of another quarter doesn't count
    await savePublication(
      t.db,
      s.coordYar,
      pub(s, { resourceId: s.vk.id, url: "https://vk.com/wall-1_3", publishedAt: "2026-07-01" }),
    );
    const after = await getRegionPublicationCoverage(t.db, s.admin, query);
    expect(after.regions.items.find((r) => r.id === s.yar.id)).toMatchObject({ resources: 2, met: true });
    const report = await computeKpiReport(t.db, { projectCode: s.project.code, year: 2026, quarter: 2 });
    expect(Object.fromEntries(after.regions.items.map((r) => [r.code, r.resources]))).toEqual(
      report.indicators.infoResourcesPerRegion.byRegion,
    );
    await expect(getRegionPublicationCoverage(t.db, (await makeUser(t.db, "EXPERT")).session, query)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

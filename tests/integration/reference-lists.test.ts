// Справочники (ADMIN): add and rename, delete when unused or archive when used (and restore), regions
// with valid time zones, project targets, the Russian names of event formats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeEvent, makeProject, makeUser } from "../helpers/factories";
import { getProjectReference } from "../../lib/projects/current-project";
import { saveReferenceItem } from "../../lib/reference/save-reference-item";
import { setReferenceState } from "../../lib/reference/set-reference-state";
import { saveRegion } from "../../lib/reference/save-region";
import { saveProjectTargets } from "../../lib/reference/save-project-targets";
import { getEventFormatNames, saveEventFormatNames } from "../../lib/reference/event-format-names";
import { formatNamesSchema, projectTargetsSchema, referenceItemSchema, regionSchema } from "../../lib/reference/schemas";
import { EVENT_FORMAT_NAMES } from "../../lib/events/labels";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const admin = async () => (await makeUser(t.db, "ADMIN")).session;

describe("categories and directions", () => {
  it("add, refuse a duplicate code, rename keeping the code; a coordinator may not", async () => {
    const { project, regions } = await makeProject(t.db);
    const a = await admin();
    const item = (extra: Record<string, unknown>) =>
      referenceItemSchema.parse({ kind: "category", projectId: project.id, ...extra });
    const created = await saveReferenceItem(t.db, a, item({ code: "volunteers", name: "Волонтёры" }));
    await expect(saveReferenceItem(t.db, a, item({ code: "volunteers", name: "Ещё волонтёры" }))).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { code: ["Такой код уже есть в справочнике проекта"] },
    });
    const renamed = await saveReferenceItem(t.db, a, item({ id: created.id, code: "ignored", name: "Волонтёры проекта" }));
    expect(renamed).toMatchObject({ code: "volunteers", name: "Волонтёры проекта" });
    const coordinator = (await makeUser(t.db, "COORDINATOR", [regions[0].id])).session;
    await expect(saveReferenceItem(t.db, coordinator, item({ code: "x", name: "Чужое" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(referenceItemSchema.safeParse({ kind: "direction", projectId: "p", code: "с пробелом", name: "Имя" }).success).toBe(
      false,
    );
  });

  it("an unused record is deleted; a used one is archived, no longer offered, and can be restored", async () => {
    const ctx = await makeProject(t.db);
    const a = await admin();
    const spare = await saveReferenceItem(
      t.db,
      a,
      referenceItemSchema.parse({ kind: "direction", projectId: ctx.project.id, code: "spare", name: "Запасное" }),
    );
    expect(
      await setReferenceState(t.db, a, { kind: "direction", projectId: ctx.project.id, id: spare.id, intent: "remove" }),
    ).toBe("deleted");
    expect(await t.db.direction.count({ where: { id: spare.id } })).toBe(0);

    await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    expect(
      await setReferenceState(t.db, a, { kind: "direction", projectId: ctx.project.id, id: ctx.direction.id, intent: "remove" }),
    ).toBe("archived");
    expect((await getProjectReference(t.db, ctx.project.id)).directions.map((d) => d.id)).not.toContain(ctx.direction.id);
    expect(await t.db.event.count({ where: { directionId: ctx.direction.id } })).toBe(1);
    expect(
      await setReferenceState(t.db, a, { kind: "direction", projectId: ctx.project.id, id: ctx.direction.id, intent: "restore" }),
    ).toBe("restored");
    expect((await getProjectReference(t.db, ctx.project.id)).directions.map((d) => d.id)).toContain(ctx.direction.id);
  });
});

describe("regions", () => {
  it("need a real IANA zone; a used region is archived, an unused one leaves the project", async () => {
    const ctx = await makeProject(t.db);
    const a = await admin();
    const bad = regionSchema.safeParse({
      projectId: ctx.project.id,
      code: "SAM",
      name: "Самарская область",
      timezone: "Europe/Samarra",
    });
    expect(bad.success).toBe(false);
    const code = `S${ctx.project.id.slice(-6).toUpperCase()}`;
    const added = await saveRegion(
      t.db,
      a,
      regionSchema.parse({
        projectId: ctx.project.id,
        code: code.toLowerCase(),
        name: "Самарская область",
        timezone: "Europe/Samara",
      }),
    );
    expect(added).toMatchObject({ code, timezone: "Europe/Samara" });
    await expect(
      saveRegion(t.db, a, regionSchema.parse({ projectId: ctx.project.id, code, name: "Дубль", timezone: "Europe/Samara" })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const moved = await saveRegion(
      t.db,
      a,
      regionSchema.parse({
        projectId: ctx.project.id,
        id: added.id,
        code,
        name: "Самарская обл.",
        timezone: "Asia/Yekaterinburg",
      }),
    );
    expect(moved.timezone).toBe("Asia/Yekaterinburg");
    expect(await setReferenceState(t.db, a, { kind: "region", projectId: ctx.project.id, id: added.id, intent: "remove" })).toBe(
      "deleted",
    );
    expect(await t.db.projectRegion.count({ where: { projectId: ctx.project.id, regionId: added.id } })).toBe(0);

    await makeEvent(t.db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
    expect(
      await setReferenceState(t.db, a, { kind: "region", projectId: ctx.project.id, id: ctx.regions[0].id, intent: "remove" }),
    ).toBe("archived");
  });
});

describe("targets and format names", () => {
  it("targets are saved with two decimals at most; format names override the built-in ones", async () => {
    const { project } = await makeProject(t.db);
    const a = await admin();
    const targets = {
      projectId: project.id,
      name: "Золотое кольцо — 2026",
      timezone: "Europe/Moscow",
      targetEventsHeld: "24",
      targetCategoriesCovered: "8",
      targetDirectionsCovered: "10",
      targetExpertsPerRegion: "5",
      targetInfoResourcesPerRegion: "2",
      targetSatisfactionAvg: "4.6",
      feedbackWindowDays: "21",
    };
    expect(projectTargetsSchema.safeParse({ ...targets, targetSatisfactionAvg: "4.555" }).success).toBe(false);
    const saved = await saveProjectTargets(t.db, a, projectTargetsSchema.parse(targets));
    expect({
      events: saved.targetEventsHeld,
      mean: saved.targetSatisfactionAvg.toString(),
      days: saved.feedbackWindowDays,
    }).toEqual({
      events: 24,
      mean: "4.6",
      days: 21,
    });

    const names = formatNamesSchema.parse({ ...EVENT_FORMAT_NAMES, webinar: "  Вебинар (онлайн)  " });
    await saveEventFormatNames(t.db, a, names);
    expect((await getEventFormatNames(t.db)).webinar).toBe("Вебинар (онлайн)");
    await saveEventFormatNames(t.db, a, formatNamesSchema.parse(EVENT_FORMAT_NAMES));
    expect(formatNamesSchema.safeParse({ ...EVENT_FORMAT_NAMES, seminar: "" }).success).toBe(false);
  });
});

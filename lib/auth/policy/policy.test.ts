// The policy layer's own answers, written out by hand: the refusal rule's three cases, the relation scopes'
// `where` fragments, the region filter of pages, the start page, and which refusals reach the security log.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../../infra/errors/app-error";
import { recordRefusal } from "../../security-log/record-refusal";
import type { Role, SessionUser } from "../permissions";
import { activeMentorWhere } from "./active-mentor-where";
import { candidateScope } from "./candidate-scope";
import { foundOrRefuse } from "./found-or-refuse";
import { homeViewOf } from "./home-view-of";
import { isLinkedExpert } from "./is-linked-expert";
import { jurorWhere } from "./juror-where";
import { permissionHoldersWhere } from "./permission-holders-where";
import { isScopeRefusal, refuse, refuseHidden } from "./refuse";
import { regionsVisibleTo } from "./regions-visible-to";

const logged = vi.hoisted(() => ({ events: [] as unknown[], user: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-path": "/reserve/candidates/x" }) }));
vi.mock("../session", () => ({ getSessionUser: async () => logged.user }));
vi.mock("../../infra/db/client", () => ({ db: {} }));
vi.mock("../../security-log/record-security-event", () => ({
  recordSecurityEvent: async (_db: unknown, event: unknown) => void logged.events.push(event),
}));

const user = (role: Role, regionIds: string[] = []): SessionUser => ({
  id: `u-${role}`,
  email: `${role.toLowerCase()}@example.ru`,
  fullName: role,
  role,
  regionIds,
});
const coordinator = user("COORDINATOR", ["yar"]);

describe("the refusal rule", () => {
  it("signed out → UNAUTHORIZED; no such action for the role → FORBIDDEN; out of scope → NOT_FOUND", () => {
    expect(refuse(null, "reserve.manage", "Кандидат не найден")).toMatchObject({ code: "UNAUTHORIZED" });
    expect(refuse(user("EXPERT"), "reserve.manage", "Кандидат не найден")).toMatchObject({ code: "FORBIDDEN" });
    const hidden = refuse(coordinator, "reserve.manage", "Кандидат не найден");
    expect(hidden).toMatchObject({ code: "NOT_FOUND", message: "Кандидат не найден", refusedAction: "reserve.manage" });
    expect(isScopeRefusal(hidden)).toBe(true);
    expect(refuse({ ...coordinator, secondFactorMissing: true }, "reserve.manage", "x")).toMatchObject({
      code: "SECOND_FACTOR_REQUIRED",
    });
  });

  it("refuseHidden: a record outside every scope is «not found» and marked for the log", () => {
    const hidden = refuseHidden(user("EXPERT"), "Файл не найден");
    expect(hidden).toMatchObject({ code: "NOT_FOUND", refusedAction: "any" });
    expect(isScopeRefusal(hidden)).toBe(true);
  });

  it("foundOrRefuse passes a found record through and refuses a missing one by the rule", () => {
    expect(foundOrRefuse({ id: "a" }, coordinator, "event.manage", "Мероприятие не найдено")).toEqual({ id: "a" });
    expect(() => foundOrRefuse(null, coordinator, "event.manage", "Мероприятие не найдено")).toThrow("Мероприятие не найдено");
    expect(() => foundOrRefuse(null, user("PARTICIPANT"), "event.manage", "Мероприятие не найдено")).toThrow("Недостаточно прав");
  });
});

describe("relation scopes", () => {
  it("active mentor and juror are written once, as Prisma fragments", () => {
    expect(activeMentorWhere("u1")).toEqual({ mentorPairs: { some: { endedOn: null, expert: { userId: "u1" } } } });
    expect(jurorWhere("u1")).toEqual({
      entries: { some: { jury: { some: { conflictReason: null, expert: { userId: "u1" } } } } },
    });
  });

  it("candidateScope follows the scopes: region for readers, mentor or juror for experts, self for members", () => {
    expect(candidateScope(coordinator)).toEqual({ reserve: { regionId: { in: ["yar"] } } });
    expect(candidateScope(user("MINISTRY"))).toEqual({ reserve: {} });
    expect(candidateScope(user("EXPERT"))).toEqual({ OR: [activeMentorWhere("u-EXPERT"), jurorWhere("u-EXPERT")] });
    expect(candidateScope(user("PARTICIPANT"))).toEqual({ participant: { userId: "u-PARTICIPANT" } });
    expect(() => candidateScope(null)).toThrow("Войдите в систему");
  });

  it("a linked expert of the event, and only an expert, writes its conclusion", () => {
    const experts = [{ expert: { userId: "u-EXPERT" } }];
    expect(isLinkedExpert(user("EXPERT"), experts)).toBe(true);
    expect(isLinkedExpert({ ...user("EXPERT"), id: "other" }, experts)).toBe(false);
    expect(isLinkedExpert({ ...user("COORDINATOR"), id: "u-EXPERT" }, experts)).toBe(false);
    expect(isLinkedExpert(null, experts)).toBe(false);
  });

  it("holders of cyclogram.manage for a region: administrators and that region's coordinators", () => {
    expect(permissionHoldersWhere("cyclogram.manage", "yar")).toEqual({
      OR: [{ role: "ADMIN" }, { role: "COORDINATOR", regions: { some: { regionId: "yar" } } }],
    });
  });
});

describe("questions pages ask", () => {
  const regions = [{ id: "yar" }, { id: "kos" }];
  it("regionsVisibleTo: all, own or none", () => {
    expect(regionsVisibleTo(user("MINISTRY"), "participant.read", regions)).toEqual(regions);
    expect(regionsVisibleTo(coordinator, "participant.read", regions)).toEqual([{ id: "yar" }]);
    expect(regionsVisibleTo(user("EXPERT"), "participant.read", regions)).toEqual([]);
    expect(regionsVisibleTo(null, "participant.read", regions)).toEqual([]);
  });

  it("homeViewOf: one start page per role, asked of the matrix", () => {
    expect(homeViewOf(user("ADMIN"))).toBe("administration");
    expect(homeViewOf(user("MINISTRY"))).toBe("dashboards");
    expect(homeViewOf(coordinator)).toBe("organizer");
    expect(homeViewOf(user("EXPERT"))).toBe("expert");
    expect(homeViewOf(user("PARTICIPANT"))).toBe("member");
  });
});

describe("the security log", () => {
  beforeEach(() => {
    logged.events = [];
    logged.user = coordinator;
  });

  it("records FORBIDDEN and a scope NOT_FOUND of a signed-in user, not a plain NOT_FOUND or a validation error", async () => {
    await recordRefusal(refuse(user("EXPERT"), "reserve.manage", "Кандидат не найден"));
    await recordRefusal(refuse(coordinator, "reserve.manage", "Кандидат не найден"));
    await recordRefusal(new AppError("NOT_FOUND", "Страница не найдена"));
    await recordRefusal(new AppError("VALIDATION", "Проверьте поля формы"));
    expect(logged.events).toEqual([
      expect.objectContaining({ kind: "permission_denied", userId: "u-COORDINATOR" }),
      expect.objectContaining({
        kind: "permission_denied",
        details: expect.objectContaining({ code: "NOT_FOUND", action: "reserve.manage", path: "/reserve/candidates/x" }),
      }),
    ]);
  });
});

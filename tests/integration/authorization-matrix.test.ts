// Issue 9, item 7 and issue 17, item 5: every server action ("use server" files) and every route handler
// (app/**/route.ts), found on disk, is called as each role (and signed out) on a record of three sides —
// the user's own, another person's of the same region ("peer"), another region's — against a real
// database; its answer must be the one written by hand in tests/helpers/authorization-endpoints.ts. An
// endpoint without an entry there fails the test. After every refused call nothing may have been written
// (a row count and newest row version per table), and a signed-in user's refusal must be in the security
// log. Mixed inputs and drafts: tests/helpers/authorization-mixed.ts; pages: authorization-pages.test.ts.
//
// Seams: the session (lib/auth/session) answers the user under test — the real one needs a signed Auth.js
// cookie and Next's request scope; Auth.js's signIn/signOut/handlers and next/cache, next/headers,
// next-intl/server are stubbed for the same reason. Everything else (actions, domain, permissions, SQL) is
// the real code.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize, type Action, type SessionUser, type Target } from "../../lib/auth/permissions";
import { changedTables, writeSnapshots } from "../helpers/write-snapshot";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { buildWorld, participantIn, WHO, type Side, type Who, type World } from "../helpers/authorization-world";
import { ENDPOINTS, type Expect, type Fields, type RouteInput } from "../helpers/authorization-endpoints";
import { MIXED } from "../helpers/authorization-mixed";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, db: undefined as unknown, lastError: "" }));
// the actions import the app's client: answer this file's database instead
vi.mock("../../lib/infra/db/client", async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  return {
    ...original,
    get db() {
      return session.db;
    },
  };
});
vi.mock("../../lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requirePermission: async (action: Action, target?: Target) => authorize(session.user, action, target),
}));
vi.mock("../../lib/auth/auth", () => {
  const redirect = (to: string) => Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  return {
    auth: async () => null,
    signIn: async (_provider: string, opts: { redirectTo?: string; redirect?: boolean }) => {
      if (opts?.redirect !== false) throw redirect(opts?.redirectTo ?? "/");
    },
    signOut: async (opts: { redirectTo?: string }) => {
      throw redirect(opts?.redirectTo ?? "/");
    },
    handlers: { GET: async () => new Response("{}"), POST: async () => new Response("{}") },
  };
});
// the last domain error raised during a call: FORBIDDEN, UNAUTHORIZED and NOT_FOUND are refusals
vi.mock("../../lib/infra/errors/app-error", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/infra/errors/app-error")>();
  class RecordedAppError extends original.AppError {
    constructor(...args: ConstructorParameters<typeof original.AppError>) {
      super(...args);
      session.lastError = args[0];
    }
  }
  return { ...original, AppError: RecordedAppError, isAppError: (e: unknown) => e instanceof original.AppError };
});
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (f: unknown) => f }));
// next-intl's server functions need Next's request scope: messages answer their keys
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => "ru" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

const ROOT = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : /\.tsx?$/.test(d.name) ? [full] : [];
  });
}

/** Every endpoint on disk: "<file>#<export>" for server actions, "<file> <METHOD>" for route handlers. */
function endpointsOnDisk(): { key: string; file: string; name: string; kind: "action" | "route" }[] {
  const found = [];
  for (const full of walk(path.join(ROOT, "app"))) {
    const file = path.relative(ROOT, full);
    const text = fs.readFileSync(full, "utf8");
    if (path.basename(full) === "route.ts") {
      const methods = new Set<string>();
      for (const m of text.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
      for (const m of text.matchAll(/export \{([^}]*)\}/g))
        for (const name of m[1].split(",").map((s) =>
          s
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        ))
          if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) methods.add(name);
      for (const name of methods) found.push({ key: `${file} ${name}`, file, name, kind: "route" as const });
    } else if (/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text)) {
      for (const m of text.matchAll(/export (?:async function|const|function) (\w+)/g))
        found.push({ key: `${file}#${m[1]}`, file, name: m[1], kind: "action" as const });
    }
  }
  return found;
}

type Answer = "allow" | "deny";

function formDataOf(fields: Fields): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

const REFUSALS = ["FORBIDDEN", "UNAUTHORIZED", "NOT_FOUND"];

async function callAction(
  fn: (...args: unknown[]) => Promise<unknown>,
  fields: Fields,
): Promise<{ answer: Answer; detail: string }> {
  session.lastError = "";
  try {
    const result = (fn.length === 1 ? await fn(formDataOf(fields)) : await fn({ ok: false }, formDataOf(fields))) as
      { ok?: boolean; message?: string; fieldErrors?: unknown } | undefined;
    if (!result || result.ok) return { answer: "allow", detail: JSON.stringify(result ?? null) };
    if (result.message === "Проверьте поля формы") throw new Error(`invalid test input: ${JSON.stringify(result.fieldErrors)}`);
    // a refusal past the permission check (a conflict, a closed stage…) still counts as allowed
    return { answer: REFUSALS.includes(session.lastError) ? "deny" : "allow", detail: `${session.lastError}: ${result.message}` };
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { answer: digest.includes(";/login") ? "deny" : "allow", detail: digest };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { answer: "deny", detail: digest };
    throw error;
  }
}

async function callRoute(fn: (...args: unknown[]) => Promise<Response>, method: string, input: RouteInput) {
  const url = `http://localhost/test${input.search ? `?${input.search}` : ""}`;
  const request = new Request(url, {
    method,
    ...(input.body !== undefined && { body: input.body, headers: { "content-type": "application/json" } }),
  });
  const response = await fn(request, { params: Promise.resolve(input.params ?? {}) });
  const location = response.headers.get("location") ?? "";
  const denied =
    [401, 403, 404].includes(response.status) || (response.status >= 300 && response.status < 400 && location.includes("/login"));
  if (response.status >= 500) throw new Error(`${response.status}: ${await response.text()}`);
  return { answer: (denied ? "deny" : "allow") as Answer, detail: `${response.status}` };
}

let t: TestDatabase;
let w: World;
let snapshot: ReturnType<typeof writeSnapshots>;
beforeAll(async () => {
  t = await createTestDatabase();
  session.db = t.db;
  w = await buildWorld(t.db);
  snapshot = writeSnapshots(t.db);
});

const SIDES: Side[] = ["own", "peer", "other"];

/** The hand-written expectation for one side: "region" covers the own region, "self" the own record only. */
function wantOf(expected: Expect, side: Side): Answer {
  if (expected === "all") return "allow";
  if (expected === "region") return side === "other" ? "deny" : "allow";
  if (expected === "self") return side === "own" ? "allow" : "deny";
  return "deny";
}

const refusalsLogged = () => t.db.securityEvent.count({ where: { kind: "permission_denied" } });

/**
 * Calls `call` as `who`; when the answer is a refusal, checks that nothing was written and that a
 * signed-in user's refusal reached the security log. Returns the answer and what went wrong.
 */
async function callChecked(who: Who, call: () => Promise<{ answer: Answer; detail: string }>, logged = true) {
  const [before, loggedBefore] = [await snapshot(), await refusalsLogged()];
  session.user = who === "anon" ? null : w.users[who];
  try {
    const got = await call();
    const problems: string[] = [];
    if (got.answer === "deny") {
      const changed = changedTables(before, await snapshot());
      if (changed.length) problems.push(`refused but wrote ${changed.join(", ")}`);
      if (logged && who !== "anon" && !(await loggedSince(loggedBefore))) problems.push("refusal not in the security log");
    }
    return { ...got, problems };
  } finally {
    session.user = null;
  }
}

/** The API logs a refusal without waiting for it (api-answer.ts): give it a moment. */
async function loggedSince(count: number): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    if ((await refusalsLogged()) > count) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
afterAll(async () => t?.drop());

const onDisk = endpointsOnDisk();

describe("authorization matrix", () => {
  it("every endpoint on disk has an expected answer, and every entry names an endpoint", () => {
    const keys = onDisk.map((e) => e.key);
    expect(keys.length).toBeGreaterThan(80);
    expect(
      keys.filter((k) => !(k in ENDPOINTS)),
      "endpoints without an entry in authorization-endpoints.ts",
    ).toEqual([]);
    expect(
      Object.keys(ENDPOINTS).filter((k) => !keys.includes(k)),
      "entries of endpoints that no longer exist",
    ).toEqual([]);
  });

  for (const endpoint of onDisk) {
    it.skipIf(!(endpoint.key in ENDPOINTS))(endpoint.key, async () => {
      const entry = ENDPOINTS[endpoint.key];
      const loaded = (await import(path.join(ROOT, endpoint.file))) as Record<string, (...args: unknown[]) => Promise<never>>;
      const fn = loaded[endpoint.name];
      const wrong: string[] = [];
      for (const who of WHO) {
        for (const side of SIDES) {
          const want = wantOf(entry.expect[who] ?? "none", side);
          const input = await entry.input(w, side, who);
          const got = await callChecked(
            who,
            () =>
              endpoint.kind === "route" ? callRoute(fn, endpoint.name, input as RouteInput) : callAction(fn, input as Fields),
            !entry.notLogged,
          );
          if (got.answer !== want) wrong.push(`${who} × ${side}: expected ${want}, got ${got.answer} (${got.detail})`);
          for (const problem of got.problems) wrong.push(`${who} × ${side}: ${problem} (${got.detail})`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe("the nothing-written check", () => {
  it("notices an insert, an update and a delete, and not a write rolled back", async () => {
    const before = await snapshot();
    const p = await participantIn(w, "own");
    expect(changedTables(before, await snapshot())).toEqual(["Participant"]);
    const inserted = await snapshot();
    await t.db.participant.update({ where: { id: p.id }, data: { fullName: "Петров Пётр Иванович" } });
    expect(changedTables(inserted, await snapshot())).toEqual(["Participant"]);
    const updated = await snapshot();
    await t.db
      .$transaction(async (tx) => {
        await tx.participant.update({ where: { id: p.id }, data: { fullName: "Отменено" } });
        throw new Error("rolled back");
      })
      .catch(() => {});
    expect(changedTables(updated, await snapshot())).toEqual([]);
    await t.db.participant.delete({ where: { id: p.id } });
    expect(changedTables(updated, await snapshot())).toEqual(["Participant"]);
  });
});

describe("mixed inputs and drafts", () => {
  for (const c of MIXED) {
    it(c.name, async () => {
      const [file, name] = c.endpoint.includes("#") ? c.endpoint.split("#") : c.endpoint.split(" ");
      const kind = c.endpoint.includes("#") ? "action" : "route";
      const loaded = (await import(path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<never>>;
      const input = await c.input(w);
      const got = await callChecked(c.who, () =>
        kind === "route" ? callRoute(loaded[name], name, input as RouteInput) : callAction(loaded[name], input as Fields),
      );
      const after = c.after ? await c.after(w, input) : null;
      expect({ answer: got.answer, problems: got.problems, after }, got.detail).toEqual({
        answer: c.expect,
        problems: [],
        after: null,
      });
    });
  }
});

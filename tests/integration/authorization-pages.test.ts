// Issue 17, item 5: every page (app/**/page.tsx, found on disk) is called as each role and signed out, as
// the server component it is (an async function), on a record of the own region where it shows one. The
// answer — shown, or refused (sign-in redirect, 403, 404) — must be the one written here by hand. A page
// without an entry fails the test. Seams as in authorization-matrix.test.ts.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorize, type Action, type SessionUser, type Target } from "../../lib/auth/permissions";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { assignmentItem } from "../helpers/authorization-endpoints";
import { attendedEvent, buildWorld, eventIn, participantIn, WHO, type Who, type World } from "../helpers/authorization-world";
import { reserveIn } from "../helpers/reserve-world";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1"; // forbidden() as next.config.js enables it
  return { user: null as SessionUser | null, db: undefined as unknown };
});
vi.mock("../../lib/infra/db/client", async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  return {
    ...original,
    get db() {
      return session.db;
    },
  };
});
vi.mock("../../lib/infra/db/read-db", () => ({
  get readDb() {
    return session.db;
  },
}));
vi.mock("../../lib/auth/session", () => ({
  getSessionUser: async () => session.user,
  requirePermission: async (action: Action, target?: Target) => authorize(session.user, action, target),
}));
vi.mock("../../lib/auth/auth", () => ({ auth: async () => null, signIn: async () => {}, signOut: async () => {}, handlers: {} }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (f: unknown) => f }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => "ru" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Who sees the page: a = signed out, A = ADMIN, M = MINISTRY, C = COORDINATOR, E = EXPERT, P = PARTICIPANT. */
type Page = { shown: string; params?: (w: World) => Promise<Record<string, string>>; search?: Record<string, string> };
const LETTER: Record<Who, string> = { anon: "a", ADMIN: "A", MINISTRY: "M", COORDINATOR: "C", EXPERT: "E", PARTICIPANT: "P" };

const id = (make: (w: World) => Promise<{ id: string }>) => async (w: World) => ({ id: (await make(w)).id });

const PAGES: Record<string, Page> = {
  "app/page.tsx": { shown: "aAMCEP" },
  "app/login/page.tsx": { shown: "aAMCEP" },
  "app/login/forgot/page.tsx": { shown: "aAMCEP" },
  "app/login/reset/page.tsx": { shown: "aAMCEP" },
  "app/register/page.tsx": { shown: "aAMCEP" },
  "app/account/security/page.tsx": { shown: "AMCEP" },
  "app/admin/audit/page.tsx": { shown: "A" },
  "app/admin/import/page.tsx": { shown: "A" },
  "app/admin/outbox/page.tsx": { shown: "A" },
  "app/admin/personal-data/page.tsx": { shown: "A" },
  "app/admin/reference/page.tsx": { shown: "A" },
  "app/admin/security/page.tsx": { shown: "A" },
  "app/admin/survey/page.tsx": { shown: "A" },
  "app/admin/users/page.tsx": { shown: "A" },
  "app/admin/users/new/page.tsx": { shown: "A" },
  "app/admin/users/[id]/page.tsx": { shown: "A", params: async (w) => ({ id: w.users.PARTICIPANT.id }) },
  "app/assignments/page.tsx": { shown: "AMC" },
  "app/assignments/[id]/page.tsx": { shown: "AMC", params: id((w) => assignmentItem(w, "own")) },
  "app/dashboard/page.tsx": { shown: "AMC" },
  "app/dashboard/details/page.tsx": { shown: "AMC", search: { indicator: "categories", year: "2026" } },
  "app/dashboard/exchange/page.tsx": { shown: "AMC" },
  "app/events/page.tsx": { shown: "AMCEP" },
  "app/events/open/page.tsx": { shown: "AMCEP" },
  "app/events/new/page.tsx": { shown: "AC" },
  "app/events/[id]/page.tsx": { shown: "AMCEP", params: id((w) => eventIn(w, "own")) },
  "app/events/[id]/edit/page.tsx": { shown: "AC", params: id((w) => eventIn(w, "own")) },
  "app/events/[id]/registrations/page.tsx": { shown: "AC", params: id((w) => eventIn(w, "own")) },
  "app/events/[id]/attendance/page.tsx": { shown: "AC", params: id((w) => eventIn(w, "own", { past: true })) },
  "app/events/[id]/survey/page.tsx": { shown: "AMC", params: id((w) => eventIn(w, "own", { past: true })) },
  // the world's expert speaks at the own event: they write its conclusion
  "app/events/[id]/conclusion/page.tsx": { shown: "E", params: id((w) => eventIn(w, "own", { past: true })) },
  // the world's participant attended it
  "app/events/[id]/feedback/page.tsx": { shown: "P", params: id((w) => attendedEvent(w, "own")) },
  "app/expert/profile/page.tsx": { shown: "E" },
  "app/experts/page.tsx": { shown: "AC" },
  "app/experts/new/page.tsx": { shown: "AC" },
  "app/experts/[id]/page.tsx": { shown: "AC", params: async (w) => ({ id: w.expert.id }) },
  "app/my/data/page.tsx": { shown: "AMCEP" },
  "app/my/events/page.tsx": { shown: "AMCEP" },
  "app/my/reserve/page.tsx": { shown: "P" },
  "app/participants/page.tsx": { shown: "AMC" },
  "app/participants/import/page.tsx": { shown: "AC" },
  "app/participants/[id]/page.tsx": { shown: "AMC", params: id((w) => participantIn(w, "own")) },
  "app/protocols/page.tsx": { shown: "AMC" },
  "app/protocols/[id]/page.tsx": {
    shown: "AMC",
    params: async (w) => ({
      id: (await assignmentItem(w, "own").then((i) => w.db.assignment.findUniqueOrThrow({ where: { id: i.assignmentId } })))
        .meetingId,
    }),
  },
  "app/publications/page.tsx": { shown: "AC" },
  "app/publications/regions/page.tsx": { shown: "AMC" },
  "app/publications/resources/page.tsx": { shown: "A" },
  "app/rating/page.tsx": { shown: "AMC" },
  "app/roadmap/page.tsx": { shown: "AMC" },
  "app/reserve/page.tsx": { shown: "AMC" },
  "app/reserve/[id]/page.tsx": { shown: "AMC", params: async (w) => ({ id: (await reserveIn(w, "own")).reserve.id }) },
  // the own candidate is the world's participant, mentored and judged by the world's expert
  "app/reserve/candidates/[id]/page.tsx": {
    shown: "AMCEP",
    params: async (w) => ({ id: (await reserveIn(w, "own")).candidate.id }),
  },
  "app/reserve/competitions/[id]/page.tsx": {
    shown: "AMC",
    params: async (w) => ({ id: (await reserveIn(w, "own")).competition.id }),
  },
  "app/reserve/competencies/page.tsx": { shown: "A" },
  "app/reserve/cyclogram/page.tsx": { shown: "AMC" },
  "app/reserve/dashboard/page.tsx": { shown: "AMC" },
  "app/reserve/jury/page.tsx": { shown: "E" },
  "app/reserve/mentees/page.tsx": { shown: "E" },
  "app/reserve/mentors/page.tsx": { shown: "AMC" },
};

function pagesOnDisk(dir = path.join(ROOT, "app")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return pagesOnDisk(full);
    return d.name === "page.tsx" ? [path.relative(ROOT, full).split(path.sep).join("/")] : [];
  });
}

/** Shown, or refused: the sign-in redirect, 403, 404. Any other redirect (the signed-in user sent home) shows. */
async function open(file: string, params: Record<string, string>, search: Record<string, string> = {}) {
  const page = ((await import(path.join(ROOT, file))) as { default: (props: unknown) => Promise<unknown> }).default;
  try {
    await page({ params: Promise.resolve(params), searchParams: Promise.resolve(search) });
    return { shown: true, detail: "rendered" };
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { shown: !digest.includes(";/login"), detail: digest };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { shown: false, detail: digest };
    throw error;
  }
}

let t: TestDatabase;
let w: World;
beforeAll(async () => {
  t = await createTestDatabase();
  session.db = t.db;
  w = await buildWorld(t.db);
});
afterAll(async () => t?.drop());

const onDisk = pagesOnDisk();

describe("pages by role", () => {
  it("every page on disk has an entry, and every entry names a page", () => {
    expect(onDisk.length).toBeGreaterThan(50);
    expect(onDisk.filter((p) => !(p in PAGES))).toEqual([]);
    expect(Object.keys(PAGES).filter((p) => !onDisk.includes(p))).toEqual([]);
  });

  for (const file of onDisk) {
    it.skipIf(!(file in PAGES))(file, async () => {
      const entry = PAGES[file];
      const wrong: string[] = [];
      for (const who of WHO) {
        const params = entry.params ? await entry.params(w) : {};
        session.user = who === "anon" ? null : w.users[who];
        try {
          const got = await open(file, params, entry.search);
          const want = entry.shown.includes(LETTER[who]);
          if (got.shown !== want) wrong.push(`${who}: expected ${want ? "shown" : "refused"}, got ${got.detail}`);
        } finally {
          session.user = null;
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

// A small valid kadry-bundle/1 for tests, fresh on every call (a unique project code, so several tests
// can share one database), and a snapshot of table sizes to prove that a refused import wrote nothing.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";

export type TestBundle = {
  format: string;
  project: Record<string, unknown> & { code: string };
  regions: Record<string, unknown>[];
  categories: Record<string, unknown>[];
  directions: Record<string, unknown>[];
  experts: Record<string, unknown>[];
  participants: Record<string, unknown>[];
  events: Record<string, unknown>[];
  registrations: Record<string, unknown>[];
  feedback: Record<string, unknown>[];
  informationResources: Record<string, unknown>[];
  publications: Record<string, unknown>[];
} & Record<string, unknown>;

/** Region codes are global in the portal: each bundle gets its own, suffixed. */
export function makeBundle(timezone = "Europe/Moscow"): TestBundle {
  const tag = randomBytes(3).toString("hex");
  const R1 = `YAR${tag}`;
  const R2 = `KOS${tag}`;
  return {
    format: "kadry-bundle/1",
    project: { code: `test-${tag}`, name: "Тестовый проект", year: 2026, timezone },
    regions: [
      { code: R1, name: "Ярославская область", timezone: "Europe/Moscow" },
      { code: R2, name: "Костромская область", timezone: "Europe/Moscow" },
    ],
    categories: [
      { code: "civil-servant", name: "Госслужащие" },
      { code: "students", name: "Студенты" },
    ],
    directions: [{ code: "digital", name: "Цифровая трансформация" }],
    experts: [{ code: "E1", fullName: "Иванова Мария Петровна", independent: true, regionCode: R1 }],
    participants: [
      { code: "P1", fullName: "Петров Пётр", email: "p1@example.ru", categoryCode: "civil-servant", regionCode: R1 },
      { code: "P2", fullName: "Сидорова Анна", email: "p2@example.ru", categoryCode: "students", regionCode: R2 },
      { code: "P3", fullName: "Орлов Илья", categoryCode: "students", regionCode: R2 },
    ],
    events: [
      {
        code: "EV1",
        title: "Мастер-класс",
        regionCode: R1,
        format: "master_class",
        directionCode: "digital",
        startsAt: "2026-04-01T07:00:00Z",
        endsAt: "2026-04-01T10:00:00Z",
        status: "held",
        capacity: 2,
        expertCodes: ["E1"],
      },
      {
        code: "EV2",
        title: "Вебинар",
        regionCode: R2,
        format: "webinar",
        directionCode: "digital",
        startsAt: "2026-05-01T07:00:00Z",
        endsAt: "2026-05-01T08:00:00Z",
        status: "planned",
        expertCodes: [],
      },
    ],
    registrations: [
      { eventCode: "EV1", participantCode: "P1", status: "registered", attended: true },
      { eventCode: "EV1", participantCode: "P2", status: "registered", attended: false },
      { eventCode: "EV1", participantCode: "P3", status: "waitlisted", attended: false },
      { eventCode: "EV2", participantCode: "P3", status: "registered", attended: false },
    ],
    feedback: [{ eventCode: "EV1", participantCode: "P1", rating: 5, comment: "Полезно" }],
    informationResources: [{ code: "R01", name: "ГТРК", kind: "media" }],
    publications: [
      {
        resourceCode: "R01",
        regionCode: R1,
        eventCode: "EV1",
        url: "https://example.ru/news/1",
        publishedAt: "2026-04-02T09:00:00Z",
      },
    ],
  };
}

const TABLES = [
  "Project",
  "Region",
  "ProjectRegion",
  "ParticipantCategory",
  "Direction",
  "Expert",
  "Participant",
  "Event",
  "EventExpert",
  "Registration",
  "Feedback",
  "InformationResource",
  "Publication",
  "AuditLog",
] as const;

/** Row counts and the latest update of every table the import writes. */
export async function snapshot(db: PrismaClient): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: number; digest: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    out[table] = `${row.n}:${row.digest}`;
  }
  return out;
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

describe("migrations", () => {
  it("apply to an empty database and create every table", async () => {
    const tables = await t.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`;
    const names = tables.map((r) => r.table_name);
    for (const table of ["Project", "Region", "Event", "Registration", "Feedback", "AuditLog", "User", "_prisma_migrations"]) {
      expect(names).toContain(table);
    }
    const [{ n }] = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(n).toBeGreaterThan(0);
  });
});

describe("transactions", () => {
  it("a transaction that fails leaves nothing behind", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.region.create({ data: { code: "TX1", name: "Регион в транзакции" } });
        await tx.region.create({ data: { code: "TX1", name: "Дубликат кода" } }); // unique violation
      }),
    ).rejects.toThrow();
    expect(await t.db.region.count({ where: { code: "TX1" } })).toBe(0);
  });
});

// /api/health's check: ok with a database that answers; "down" (never a thrown error) with one that doesn't.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/infra/db/client";
import { checkHealth } from "../../lib/infra/health/check-health";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("health check", () => {
  it("reports the database as ok with its latency", async () => {
    const health = await checkHealth(t.db);
    expect(health).toMatchObject({ status: "ok", database: "ok" });
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports the database as down when nothing listens, without throwing", async () => {
    const down = createPrismaClient(`postgresql://kadry:kadry@127.0.0.1:${await closedPort()}/none`, 1);
    try {
      expect(await checkHealth(down, 1500)).toMatchObject({ status: "unavailable", database: "down", latencyMs: null });
    } finally {
      await down.$disconnect().catch(() => {});
    }
  });
});

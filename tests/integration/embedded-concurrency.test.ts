// The embedded database is one PGlite session behind a socket server. These tests prove that
// concurrent transactions — from one pool or from two processes' connections — never interleave:
// each sees only its own uncommitted rows, and one's rollback never undoes the other's commit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../../lib/infra/db/client";
import { servePGlite } from "../../lib/infra/db/embedded-server";

let served: Awaited<ReturnType<typeof servePGlite>>;
let app: PrismaClient; // like the portal: several pooled connections
let cli: PrismaClient; // like a CLI running beside it

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  served = await servePGlite(await PGlite.create());
  app = createPrismaClient(served.url, 4);
  cli = createPrismaClient(served.url, 1);
  await app.$executeRawUnsafe(`CREATE TABLE item (tag text NOT NULL, n int NOT NULL)`);
});

afterAll(async () => {
  await app.$disconnect();
  await cli.$disconnect();
  await served.stop();
});

async function writeAndLook(client: PrismaClient, tag: string, fail = false) {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO item (tag, n) VALUES (${tag}, 1)`;
      await sleep(150); // give the other transaction every chance to run in between
      const rows = await tx.$queryRaw<{ tag: string }[]>`SELECT tag FROM item WHERE tag LIKE 'c-%' ORDER BY tag`;
      if (fail) throw new Error("rollback on purpose");
      return rows.map((r) => r.tag);
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}

describe("concurrent transactions on the embedded database", () => {
  it("each transaction of two clients sees only its own uncommitted rows", async () => {
    await app.$executeRaw`DELETE FROM item`;
    const [a, b] = await Promise.all([writeAndLook(app, "c-a"), writeAndLook(cli, "c-b")]);
    // serialized: the later one also sees the earlier one's committed row, never the other way round
    const seen = [a, b].sort((x, y) => x.length - y.length);
    expect(seen[0]).toHaveLength(1);
    expect(seen[1]).toEqual(["c-a", "c-b"]);
  });

  it("a rollback in one transaction does not undo another's committed work", async () => {
    await app.$executeRaw`DELETE FROM item`;
    const results = await Promise.allSettled([
      writeAndLook(app, "c-rolled-back", true),
      writeAndLook(cli, "c-kept"),
      writeAndLook(app, "c-kept-too"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled", "fulfilled"]);
    const rows = await app.$queryRaw<{ tag: string }[]>`SELECT tag FROM item ORDER BY tag`;
    expect(rows.map((r) => r.tag)).toEqual(["c-kept", "c-kept-too"]);
  });

  it("twenty concurrent read-modify-write transactions lose no update", async () => {
    await app.$executeRaw`DELETE FROM item`;
    await app.$executeRaw`INSERT INTO item (tag, n) VALUES ('counter', 0)`;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? app : cli).$transaction(
          async (tx) => {
            const [{ n }] = await tx.$queryRaw<{ n: number }[]>`SELECT n FROM item WHERE tag = 'counter'`;
            await sleep(5);
            await tx.$executeRaw`UPDATE item SET n = ${n + 1} WHERE tag = 'counter'`;
          },
          { timeout: 30_000, maxWait: 30_000 },
        ),
      ),
    );
    const [{ n }] = await app.$queryRaw<{ n: number }[]>`SELECT n FROM item WHERE tag = 'counter'`;
    expect(n).toBe(20);
  });

  it("statements of concurrent clients never get each other's parameters or rows", async () => {
    // extended protocol: Parse/Bind/Execute/Sync per statement; mixing two clients' messages on the
    // one PGlite session fails with "bind message supplies 1 parameters…" or returns wrong rows
    await app.$executeRaw`DELETE FROM item`;
    let stop = false;
    const writer = (async () => {
      for (let n = 0; !stop; n++) {
        await cli.$transaction(async (tx) => {
          await tx.$executeRaw`INSERT INTO item (tag, n) VALUES (${"w" + n}, ${n})`;
          await tx.$queryRaw`SELECT count(*)::int AS c FROM item WHERE n >= ${0} AND tag <> ${"none"}`;
        });
      }
    })();
    let wrong = 0;
    const failures: unknown[] = [];
    for (let i = 0; i < 100; i++) {
      const results = await Promise.allSettled([
        app.$queryRaw<{ a: number }[]>`SELECT ${i}::int AS a`,
        app.$queryRaw<{ b: string; c: number }[]>`SELECT ${"x" + i}::text AS b, ${i * 2}::int AS c`,
      ]);
      for (const r of results) if (r.status === "rejected") failures.push(r.reason);
      const [one, two] = results.map((r) => (r.status === "fulfilled" ? r.value[0] : null)) as [
        { a: number } | null,
        { b: string; c: number } | null,
      ];
      if (one?.a !== i || two?.b !== `x${i}` || two?.c !== i * 2) wrong++;
    }
    stop = true;
    await writer;
    expect(failures).toEqual([]);
    expect(wrong).toBe(0);
  });
});

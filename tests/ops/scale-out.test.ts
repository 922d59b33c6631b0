// Issue 9, item 1: two instances of the built app on two ports against one PostgreSQL behave as one —
// a session made on one works on the other (nothing that matters lives in process memory), and the
// 200-way registration race, split across both instances, registers exactly the capacity.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "../../lib/infra/db/client";
import { migrateDatabase } from "../../lib/infra/db/migrate";
import { hashPassword } from "../../lib/auth/password";
import { makeEvent, makeProject, allowPasswordOnlyStaff } from "../helpers/factories";
import { startCluster, type Cluster } from "./pg-cluster";
import { Client, startApp, type AppServer } from "./app-server";
import { actionId, callAction } from "./server-action";

const PEOPLE = 200;
const CAPACITY = 30;
const PASSWORD = "Пароль-надёжный-1";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-scale-"));
let cluster: Cluster;
let db: PrismaClient;
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  cluster = await startCluster();
  await migrateDatabase(cluster.url);
  db = createPrismaClient(cluster.url, 4);
  await allowPasswordOnlyStaff(db);
  // what must be the same on every instance (docs/operations.md)
  const env = {
    DATABASE_URL: cluster.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  [a, b] = await Promise.all([startApp(env, path.join(work, "a.log")), startApp(env, path.join(work, "b.log"))]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.$disconnect();
  cluster?.destroy();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("two instances, one database", () => {
  it("a session made on one instance works on the other", async () => {
    const email = `coord-${randomBytes(3).toString("hex")}@example.ru`;
    await db.user.create({
      data: { email, fullName: "Координатор Общий", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
    });
    const client = new Client();
    await client.signIn(a.baseUrl, email, PASSWORD);
    const onB = await client.fetch(`${b.baseUrl}/admin/users`);
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain("Координатор Общий");
    const anonymous = await new Client().fetch(`${b.baseUrl}/admin/users`);
    expect(anonymous.status).toBeGreaterThanOrEqual(300);
  });

  it(`${PEOPLE} registrations for ${CAPACITY} seats, half through each instance: exactly ${CAPACITY} registered`, async () => {
    const ctx = await makeProject(db, ["RACE"]);
    const event = await makeEvent(db, ctx.project.id, ctx.regions[0].id, ctx.direction.id, { capacity: CAPACITY });
    const passwordHash = await hashPassword(PASSWORD);
    const tag = randomBytes(3).toString("hex");
    const people: { email: string; client: Client; app: AppServer }[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const email = `race-${tag}-${i}@example.ru`;
      const user = await db.user.create({ data: { email, fullName: `Участник ${i}`, role: "PARTICIPANT", passwordHash } });
      await db.participant.create({
        data: {
          projectId: ctx.project.id,
          code: `R-${tag}-${i}`,
          fullName: `Участник ${i}`,
          categoryId: ctx.category.id,
          regionId: ctx.regions[0].id,
          userId: user.id,
        },
      });
      people.push({ email, client: new Client(), app: i % 2 ? b : a });
    }
    // each signs in on the instance that will NOT take their registration
    for (let i = 0; i < PEOPLE; i += 20) {
      await Promise.all(people.slice(i, i + 20).map((p) => p.client.signIn((p.app === a ? b : a).baseUrl, p.email, PASSWORD)));
    }
    const id = actionId("app/events/[id]/registration-actions.ts", "changeRegistrationAction");
    const answers = await Promise.all(
      people.map((p) =>
        callAction(p.client, p.app.baseUrl, `/events/${event.id}`, id, { eventId: event.id, intent: "register" }),
      ),
    );
    expect(answers.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([]);
    // every person got an answer about their place (none failed on the way)
    const failed = answers.filter((r) => !/Вы записаны|лист[а-я]* ожидания/.test(r.text));
    expect(failed.map((r) => r.text.slice(-300))).toEqual([]);
    const byStatus = await db.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: true });
    const count = Object.fromEntries(byStatus.map((r) => [r.status, r._count]));
    expect(count).toEqual({ registered: CAPACITY, waitlisted: PEOPLE - CAPACITY });
    // answers came from both instances, and said so in Russian
    expect(answers.filter((r) => r.text.includes("Вы записаны на мероприятие"))).toHaveLength(CAPACITY);
  });
});

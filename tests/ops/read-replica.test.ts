// DATABASE_REPLICA_URL: the event list reads from the replica, the event page and the session from the
// primary. The "replica" here is a copy of the primary taken before one more event was added to the
// primary only, so which database answered is visible on the page.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/infra/db/client";
import { migrateDatabase } from "../../lib/infra/db/migrate";
import { hashPassword } from "../../lib/auth/password";
import { makeEvent, makeProject, allowPasswordOnlyStaff } from "../helpers/factories";
import { startCluster, type Cluster } from "./pg-cluster";
import { Client, startApp, type AppServer } from "./app-server";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "kadry-replica-"));
const PASSWORD = "Пароль-надёжный-1";
let cluster: Cluster;
let app: AppServer;
const email = `admin-${randomBytes(3).toString("hex")}@example.ru`;
let lateEvent: { id: string; title: string };

const urlOf = (name: string) => cluster.url.replace(/\/postgres$/, `/${name}`);

beforeAll(async () => {
  cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE kadry_primary");
  await migrateDatabase(urlOf("kadry_primary"));
  const db = createPrismaClient(urlOf("kadry_primary"), 2);
  await allowPasswordOnlyStaff(db);
  const ctx = await makeProject(db, ["PRI"]);
  await db.user.create({ data: { email, fullName: "Администратор", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) } });
  await makeEvent(db, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
  await db.$disconnect();
  await admin.query("CREATE DATABASE kadry_replica TEMPLATE kadry_primary");
  await admin.end();
  const primary = createPrismaClient(urlOf("kadry_primary"), 2);
  const late = await makeEvent(primary, ctx.project.id, ctx.regions[0].id, ctx.direction.id);
  lateEvent = await primary.event.update({ where: { id: late.id }, data: { title: "Добавлено после копии" } });
  await primary.$disconnect();
  app = await startApp(
    {
      DATABASE_URL: urlOf("kadry_primary"),
      DATABASE_REPLICA_URL: urlOf("kadry_replica"),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
    path.join(work, "app.log"),
  );
});

afterAll(async () => {
  await app?.stop();
  cluster?.destroy();
  fs.rmSync(work, { recursive: true, force: true });
});

it("the list comes from the replica, the event page from the primary", async () => {
  const client = new Client();
  await client.signIn(app.baseUrl, email, PASSWORD);
  const list = await client.fetch(`${app.baseUrl}/events`);
  expect(list.status).toBe(200);
  const html = await list.text();
  expect(html).toContain("Мастер-класс по проектному управлению");
  expect(html).not.toContain(lateEvent.title);
  const page = await client.fetch(`${app.baseUrl}/events/${lateEvent.id}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(lateEvent.title);
});

// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) kept in .data/pglite and served
// over the PostgreSQL wire protocol on 127.0.0.1, so the app, the CLI and the tests use the same
// pg driver adapter as with a PostgreSQL server. The first process to need it hosts it and records
// its port in `<dir>.server.json`; other processes (a CLI while the portal runs) connect to that.
import "server-only";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { keepRequestsWhole } from "./whole-request-queue";
import { freePort } from "../net/free-port";

type ServerRecord = { pid: number; port: number | null };
type Hosted = { url: string; stop: () => Promise<void> };

const globalForEmbedded = globalThis as unknown as { kadryEmbedded?: Promise<Hosted> };

export function embeddedDataDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.EMBEDDED_DB_DIR ??
      path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite"),
  );
}

const urlFor = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

/** Returns the connection URL of the embedded database, starting it in this process if nobody serves it. */
export async function ensureEmbeddedServer(): Promise<string> {
  globalForEmbedded.kadryEmbedded ??= connectOrHost(embeddedDataDir());
  try {
    return (await globalForEmbedded.kadryEmbedded).url;
  } catch (error) {
    globalForEmbedded.kadryEmbedded = undefined;
    throw error;
  }
}

/** Stops the embedded server if this process hosts it (tests, CLI exit). */
export async function stopEmbeddedServer(): Promise<void> {
  const hosted = globalForEmbedded.kadryEmbedded;
  globalForEmbedded.kadryEmbedded = undefined;
  if (hosted) await (await hosted).stop();
}

async function connectOrHost(dataDir: string): Promise<Hosted> {
  const recordPath = `${dataDir}.server.json`;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  for (let attempt = 0; attempt < 300; attempt++) {
    const record = readRecord(recordPath);
    if (record && isAlive(record.pid)) {
      if (record.port && (await canConnect(record.port))) return { url: urlFor(record.port), stop: async () => {} };
      await sleep(100); // the host is still starting
      continue;
    }
    if (record) fs.rmSync(recordPath, { force: true }); // a host that died without cleaning up
    try {
      fs.writeFileSync(recordPath, JSON.stringify({ pid: process.pid, port: null }), { flag: "wx" });
    } catch {
      continue; // another process won the race to host it
    }
    try {
      return await host(dataDir, recordPath);
    } catch (error) {
      fs.rmSync(recordPath, { force: true });
      throw error;
    }
  }
  throw new Error(`Встроенная база данных ${dataDir} не отвечает: удалите ${recordPath}, если её процесс завершён`);
}

async function host(dataDir: string, recordPath: string): Promise<Hosted> {
  const { PGlite } = await import("@electric-sql/pglite");
  const served = await servePGlite(await PGlite.create({ dataDir }));
  fs.writeFileSync(recordPath, JSON.stringify({ pid: process.pid, port: served.port }));
  const cleanup = () => {
    const record = readRecord(recordPath);
    if (record?.pid === process.pid) fs.rmSync(recordPath, { force: true });
  };
  process.once("exit", cleanup);
  return {
    url: served.url,
    stop: async () => {
      cleanup();
      await served.stop();
    },
  };
}

/** Serves a PGlite instance on a free loopback port (also used by the tests for in-memory databases). */
export async function servePGlite(pglite: PGlite): Promise<Hosted & { port: number; pglite: PGlite }> {
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const port = await freePort();
  // several clients may connect (the app and a CLI); the server runs one request at a time and keeps
  // each request and each open transaction together, so clients never interleave.
  const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections: 100 });
  keepRequestsWhole(server);
  await server.start();
  return {
    port,
    pglite,
    url: urlFor(port),
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

function readRecord(recordPath: string): ServerRecord | null {
  try {
    return JSON.parse(fs.readFileSync(recordPath, "utf8")) as ServerRecord;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The built app as a child process on a free loopback port, for benchmarks: `next start` in its own
// process group (stopping it stops everything it started), ready when /login answers.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../lib/net/free-port";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

export type AppServer = { baseUrl: string; stop: () => Promise<void> };

/** `next build` unless a build exists and `skip` is set; throws with the build's tail on failure. */
export function buildApp(env: NodeJS.ProcessEnv, skip: boolean): void {
  if (skip && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`next build: код ${result.status}\n${(result.stdout + result.stderr).split("\n").slice(-40).join("\n")}`);
}

export async function startApp(env: NodeJS.ProcessEnv, logFile: string): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const out = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  const stop = async () => {
    if (!child.pid || child.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5_000);
    await gone;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`сервер приложения завершился с кодом ${child.exitCode} (журнал: ${logFile})`);
    try {
      const response = await fetch(`${baseUrl}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (response.status < 500) return { baseUrl, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("сервер приложения не ответил за 90 секунд");
}

/** Signs in through Auth.js's endpoints and returns the Cookie header of the session. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("authjs.session-token"));
  if (!session) throw new Error(`вход ${email} не удался: ${response.status} ${response.headers.get("location")}`);
  return session.split(";")[0];
}

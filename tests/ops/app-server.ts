// The built app (`next build` must have run) started with `next start` on a free port, in its own process
// group so stopping it stops everything it started; and a tiny cookie-keeping client that signs in the
// way a browser does (Auth.js CSRF token, then the credentials callback).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../../lib/infra/net/free-port";

const root = path.resolve(import.meta.dirname, "../..");

export type AppServer = { baseUrl: string; stop(): Promise<void>; log(): string };

export async function startApp(env: Record<string, string>, logFile: string): Promise<AppServer> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("нет сборки: запустите npx next build");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const out = fs.openSync(logFile, "a");
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", APP_URL: baseUrl, ...env },
      detached: true,
      stdio: ["ignore", out, out],
    },
  );
  fs.closeSync(out);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    await gone;
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start завершился: ${fs.readFileSync(logFile, "utf8").slice(-2000)}`);
    try {
      await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return { baseUrl, stop, log: () => fs.readFileSync(logFile, "utf8") };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await stop();
  throw new Error("приложение не ответило за 90 секунд");
}

/** fetch with a cookie jar, against one or another instance (the cookie is the session, not the host). */
export class Client {
  cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return response;
  }

  async signIn(baseUrl: string, email: string, password: string): Promise<void> {
    const { csrfToken } = (await (await this.fetch(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await this.fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }).toString(),
    });
    const location = response.headers.get("location") ?? "";
    if (response.status !== 302 || location.includes("error=")) throw new Error(`вход не удался: ${response.status} ${location}`);
  }
}

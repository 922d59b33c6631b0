// Applies prisma/migrations with the Prisma CLI (JavaScript schema engine, see prisma.config.ts).
// Asynchronous on purpose: when this process hosts the embedded database, it must keep serving it
// while the CLI child process migrates.
import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";

export async function migrateDatabase(url: string): Promise<void> {
  const prismaBin = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  const child = spawn(process.execPath, [prismaBin, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`миграции не применены (prisma migrate deploy, код ${code}):\n${output}`);
  const applied = output.match(/following migration\(s\) have been applied|No pending migrations/);
  if (process.env.KADRY_VERBOSE) console.log(output);
  else if (applied) console.log(applied[0] === "No pending migrations" ? "Миграции: новых нет." : "Миграции применены.");
}

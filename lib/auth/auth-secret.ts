// AUTH_SECRET signs the session cookies. Production sets it (the same on every instance); for the
// demo and development a random one is created once in .data/ so sessions survive a restart.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export function authSecret(): string {
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) return configured;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}

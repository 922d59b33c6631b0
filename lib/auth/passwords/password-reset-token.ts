// Токен ссылки для сброса пароля: 256 random bits in the link, only its SHA-256 in the database.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const newResetToken = () => randomBytes(32).toString("base64url");
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function resetLinkMinutes(value = process.env.PASSWORD_RESET_MINUTES): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 24 * 60 ? n : 60;
}

// Отказ в доступе в журнал безопасности: pages, form actions, downloads and the API report their
// FORBIDDEN answers here. Logging must never turn the refusal into a crash, so failures are swallowed.
import "server-only";
import { headers } from "next/headers";
import { getSessionUser } from "../auth/session";
import { db } from "../db/client";
import { isAppError } from "../errors/app-error";
import { recordSecurityEvent } from "./record-security-event";

export async function recordRefusal(error: unknown): Promise<void> {
  if (!isAppError(error) || error.code !== "FORBIDDEN") return;
  try {
    const h = await headers(); // first: outside a request this throws before Auth.js is asked anything
    const user = await getSessionUser();
    await recordSecurityEvent(db, {
      kind: "permission_denied",
      userId: user?.id ?? null,
      email: user?.email ?? null,
      details: { path: h.get("x-request-path") ?? "", role: user?.role ?? "", message: error.message },
    });
  } catch {
    // outside a request (CLI, tests) or with the database down there is nothing to record
  }
}

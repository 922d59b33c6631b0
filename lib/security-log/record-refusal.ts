// Отказ в доступе в журнал безопасности: pages, form actions, downloads and the API report their refusals
// here — FORBIDDEN, and the NOT_FOUND of a record outside the user's scope (refuse() in lib/auth/policy
// marks it), so that hiding a record's existence does not hide the attempt. Logging must never turn the
// refusal into a crash, so failures are swallowed.
import "server-only";
import { headers } from "next/headers";
import { isScopeRefusal } from "../auth/policy/refuse";
import { getSessionUser } from "../auth/session";
import { db } from "../infra/db/client";
import { isAppError } from "../infra/errors/app-error";
import { recordSecurityEvent } from "./record-security-event";

export async function recordRefusal(error: unknown): Promise<void> {
  if (!isAppError(error)) return;
  const scopeRefusal = isScopeRefusal(error);
  if (error.code !== "FORBIDDEN" && !scopeRefusal) return;
  try {
    const h = await headers(); // first: outside a request this throws before Auth.js is asked anything
    const user = await getSessionUser();
    if (scopeRefusal && !user) return; // the rule logs refusals of signed-in users
    await recordSecurityEvent(db, {
      kind: "permission_denied",
      userId: user?.id ?? null,
      email: user?.email ?? null,
      details: {
        path: h.get("x-request-path") ?? "",
        role: user?.role ?? "",
        message: error.message,
        ...(scopeRefusal && { code: error.code, action: error.refusedAction }),
      },
    });
  } catch {
    // outside a request (CLI, tests) or with the database down there is nothing to record
  }
}

// Политика безопасности для страницы администратора.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "./permissions";

export async function getSecurityPolicy(db: Db, user: SessionUser | null) {
  authorize(user, "security.manage");
  const policy = await db.securityPolicy.findUnique({ where: { id: 1 } });
  return { requireTotpForStaff: policy?.requireTotpForStaff ?? true, updatedAt: policy?.updatedAt ?? null };
}

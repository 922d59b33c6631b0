// Обязателен ли второй фактор для роли: for staff, when the administrator's policy says so.
import "server-only";
import type { DbTx } from "../../infra/db/client";
import type { Role } from "../permissions";

export async function secondFactorRequired(db: DbTx, role: Role): Promise<boolean> {
  if (role === "PARTICIPANT") return false;
  const policy = await db.securityPolicy.findUnique({ where: { id: 1 } });
  return policy?.requireTotpForStaff ?? true;
}

import "server-only";
import { revokeUserSessions } from "../auth/sessions/revoke-user-sessions";
import { recordSecurityEvent } from "../security-log/record-security-event";
import { clientOfRequest } from "../security-log/client-of-request";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { AppError, isUniqueViolation } from "../infra/errors/app-error";
import type { UpdateUserInput } from "./schemas";

/**
 * Изменение пользователя. A change of role, regions or the active flag ends the user's sessions
 * (lib/auth/sessions), so the new rights apply from the next request on every instance; the security
 * log records the change.
 */
export async function updateUser(db: Db, actor: SessionUser | null, input: UpdateUserInput) {
  const admin = authorize(actor, "user.manage");
  if (input.id === admin.id && (!input.active || input.role !== "ADMIN")) {
    throw new AppError("BAD_REQUEST", "Нельзя лишить прав администратора или отключить самого себя", {
      role: ["Нельзя понизить собственную роль"],
    });
  }
  const regionIds = input.role === "COORDINATOR" ? [...new Set(input.regionIds)].sort() : [];
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: input.id }, include: { regions: true } });
      if (!before) throw new AppError("NOT_FOUND", "Пользователь не найден");
      const beforeRegions = before.regions.map((r) => r.regionId).sort();
      const rightsChanged =
        before.role !== input.role || before.active !== input.active || beforeRegions.join() !== regionIds.join();
      const user = await tx.user.update({
        where: { id: input.id },
        data: {
          email: input.email,
          fullName: input.fullName,
          role: input.role,
          active: input.active,
          regions: { deleteMany: {}, create: regionIds.map((regionId) => ({ regionId })) },
        },
      });
      if (rightsChanged) await revokeUserSessions(tx, user.id, input.active ? "rights_changed" : "disabled");
      const client = await clientOfRequest();
      if (before.role !== input.role || beforeRegions.join() !== regionIds.join()) {
        await recordSecurityEvent(tx, {
          kind: "role_changed",
          userId: user.id,
          email: user.email,
          client,
          details: { by: admin.email, from: before.role, to: input.role, regions: regionIds },
        });
      }
      if (before.active !== input.active) {
        const kind = input.active ? "user_enabled" : "user_disabled";
        await recordSecurityEvent(tx, { kind, userId: user.id, email: user.email, client, details: { by: admin.email } });
      }
      await writeAudit(tx, {
        actorId: admin.id,
        action: "update",
        entity: "User",
        entityId: user.id,
        before: {
          email: before.email,
          fullName: before.fullName,
          role: before.role,
          active: before.active,
          regionIds: beforeRegions,
        },
        after: { email: user.email, fullName: user.fullName, role: user.role, active: user.active, regionIds },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Пользователь с таким e-mail уже есть", { email: ["Этот e-mail уже зарегистрирован"] });
    }
    throw error;
  }
}

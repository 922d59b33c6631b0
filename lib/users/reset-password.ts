import "server-only";
import { revokeUserSessions } from "../auth/sessions/revoke-user-sessions";
import { notifyAccountChange } from "../security-log/notify-account-change";
import { recordSecurityEvent } from "../security-log/record-security-event";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { hashPassword } from "../auth/password";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../infra/errors/app-error";

/** Сброс пароля администратором: the user's sessions end. */
export async function resetPassword(db: Db, actor: SessionUser | null, input: { id: string; password: string }) {
  const admin = authorize(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: input.id },
      data: { passwordHash, passwordChangedAt: new Date() },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "Пользователь не найден");
    await revokeUserSessions(tx, input.id, "password_changed");
    await notifyAccountChange(tx, input.id, "Администратор задал новый пароль вашей учётной записи");
    await recordSecurityEvent(tx, { kind: "password_reset_by_admin", userId: input.id, details: { by: admin.email } });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "update",
      entity: "User",
      entityId: input.id,
      after: { password: "сброшен" },
    });
  });
}

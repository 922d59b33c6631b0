// Сброс второго фактора администратором (a lost phone): the secret and recovery codes go, the user's
// sessions end, and both logs record who did it.
import "server-only";
import { notifyAccountChange } from "../../security-log/notify-account-change";
import type { Db } from "../../infra/db/client";
import { writeAudit } from "../../audit/write-audit";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import { authorize, type SessionUser } from "../permissions";
import { revokeUserSessions } from "../sessions/revoke-user-sessions";

export async function resetSecondFactor(db: Db, actor: SessionUser | null, input: { id: string }) {
  const admin = authorize(actor, "security.manage");
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.id } });
    if (!target) throw new AppError("NOT_FOUND", "Пользователь не найден");
    await tx.user.update({
      where: { id: target.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
    await revokeUserSessions(tx, target.id, "second_factor_reset");
    await notifyAccountChange(
      tx,
      target.id,
      "Администратор сбросил второй фактор вашей учётной записи; подключите его заново при следующем входе",
    );
    await recordSecurityEvent(tx, {
      kind: "second_factor_reset",
      userId: target.id,
      email: target.email,
      details: { by: admin.email },
    });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "update",
      entity: "User",
      entityId: target.id,
      after: { secondFactor: "сброшен" },
    });
  });
}

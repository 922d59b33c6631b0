// Отключение второго фактора самим пользователем: only with the password, and only when the policy
// does not require it for the user's role.
import "server-only";
import { notifyAccountChange } from "../../security-log/notify-account-change";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import { verifyPassword } from "../password";
import type { SessionUser } from "../permissions";
import { secondFactorRequired } from "./second-factor-required";

export async function disableSecondFactor(db: Db, user: SessionUser | null, input: { password: string }) {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  if (await secondFactorRequired(db, user.role)) {
    throw new AppError(
      "FORBIDDEN",
      "Для вашей роли второй фактор обязателен: его можно только перенастроить через администратора",
    );
  }
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!(await verifyPassword(row.passwordHash, input.password))) {
    throw new AppError("VALIDATION", "Пароль указан неверно", { password: ["Пароль указан неверно"] });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await notifyAccountChange(tx, user.id, "Второй фактор входа отключён");
    await recordSecurityEvent(tx, { kind: "second_factor_disabled", userId: user.id, email: user.email });
  });
}

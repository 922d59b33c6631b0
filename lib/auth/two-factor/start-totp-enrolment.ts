// Подключение второго фактора, шаг 1: a new secret is kept as pending until a code from the app
// confirms it; starting again replaces it.
import "server-only";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import type { SessionUser } from "../permissions";
import { newTotpSecret } from "./totp-code";
import { sealTotpSecret } from "./totp-secret-box";

export async function startTotpEnrolment(db: Db, user: SessionUser | null): Promise<void> {
  if (!user) throw new AppError("UNAUTHORIZED", "Войдите в систему");
  const { count } = await db.user.updateMany({
    where: { id: user.id, totpEnabledAt: null },
    data: { totpPendingSecret: sealTotpSecret(newTotpSecret()) },
  });
  if (count !== 1) throw new AppError("CONFLICT", "Второй фактор уже подключён");
}

// Запрос ссылки для сброса пароля. The answer is the same whether or not the address has an account;
// at most three links an hour per account. The link's origin is always APP_URL (lib/infra/http/app-url.ts): a
// link built from the request's Host or X-Forwarded-Host could be pointed at another site by its sender.
import "server-only";
import type { Db } from "../../infra/db/client";
import { appUrl } from "../../infra/http/app-url";
import { enqueueUserMessages } from "../../notifications/enqueue-user-messages";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import { hashResetToken, newResetToken, resetLinkMinutes } from "./password-reset-token";

const LINKS_PER_HOUR = 3;

export async function requestPasswordReset(db: Db, input: { email: string }, options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email } });
  await recordSecurityEvent(db, { kind: "password_reset_requested", userId: user?.id ?? null, email });
  if (!user || !user.active) return;
  const recent = await db.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
  });
  if (recent >= LINKS_PER_HOUR) return;

  const token = newResetToken();
  const minutes = resetLinkMinutes();
  const base = appUrl();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashResetToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + minutes * 60_000),
      },
    });
    await enqueueUserMessages(tx, {
      userIds: [user.id],
      kind: "password_reset",
      secret: true,
      subject: "Сброс пароля на Кадровом портале",
      body: [
        "Кто-то (возможно, вы) запросил сброс пароля. Чтобы задать новый пароль, откройте ссылку:",
        `${base}/login/reset?token=${token}`,
        "",
        `Ссылка действует ${minutes} минут и только один раз. Если вы не запрашивали сброс, ничего не делайте: пароль останется прежним.`,
      ].join("\n"),
      now,
    });
  });
}

// Письмо владельцу учётной записи о важном изменении (пароль, второй фактор): if it wasn't them, they
// learn of it and can act. Queued in the caller's transaction like every outbox message.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { enqueueUserMessages } from "../notifications/enqueue-user-messages";

export async function notifyAccountChange(tx: DbTx, userId: string, what: string): Promise<void> {
  await enqueueUserMessages(tx, {
    userIds: [userId],
    kind: "account_security",
    subject: "Изменение учётной записи на Кадровом портале",
    body: [
      `${what} (${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC).`,
      "",
      "Если это сделали не вы, сразу сообщите администратору портала.",
    ].join("\n"),
  });
}

// «Завершить все сеансы» пользователя администратором: takes effect on the user's next request.
import "server-only";
import type { Db } from "../../infra/db/client";
import { AppError } from "../../infra/errors/app-error";
import { recordSecurityEvent } from "../../security-log/record-security-event";
import { authorize, type SessionUser } from "../permissions";
import { revokeUserSessions } from "./revoke-user-sessions";

export async function revokeSessionsByAdmin(db: Db, actor: SessionUser | null, input: { id: string }): Promise<number> {
  const admin = authorize(actor, "security.manage");
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.id } });
    if (!target) throw new AppError("NOT_FOUND", "Пользователь не найден");
    const ended = await revokeUserSessions(tx, target.id, "admin");
    await recordSecurityEvent(tx, {
      kind: "sessions_revoked",
      userId: target.id,
      email: target.email,
      details: { by: admin.email, ended },
    });
    return ended;
  });
}

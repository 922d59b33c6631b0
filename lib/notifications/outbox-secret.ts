// Письма с секретом (a password-reset link): the body is stored sealed, opened only to be sent, and
// replaced by a notice once delivered, so the outbox page, a backup or a replica never hold a usable link.
import "server-only";
import { openSealed, seal } from "../auth/secret-box";

const PURPOSE = "outbox-body/v1";

/** What the outbox page and a delivered message's row show instead of a sealed body. */
export const SEALED_BODY_NOTICE = "Текст письма скрыт: в нём одноразовая ссылка. После отправки он удаляется.";

export function sealOutboxBody(body: string): string {
  return seal(PURPOSE, body);
}

/** The text to send; null when AUTH_SECRET changed since the message was queued. */
export function openOutboxBody(stored: string): string | null {
  return openSealed(PURPOSE, stored);
}

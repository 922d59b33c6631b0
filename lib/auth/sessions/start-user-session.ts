// Новый сеанс при каждом входе: a fresh random id, never one carried over from before sign-in.
import "server-only";
import { randomBytes } from "node:crypto";
import type { DbTx } from "../../infra/db/client";
import type { RequestClient } from "../../security-log/client-of-request";
import { sessionTimeouts } from "./session-timeouts";

export async function startUserSession(db: DbTx, userId: string, client: RequestClient, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionTimeouts().absoluteMs),
      ip: client.ip,
      userAgent: client.userAgent,
    },
  });
  return id;
}

// Запись в журнал безопасности. Callers pass only who/what/where: never a password, code or token.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";
import type { SecurityEventKind } from "./security-event-kinds";
import { clientOfRequest, type RequestClient } from "./client-of-request";

export type SecurityEventInput = {
  kind: SecurityEventKind;
  userId?: string | null;
  email?: string | null;
  details?: Record<string, string | number | boolean | null | string[]>;
  /** defaults to the current request's address and browser */
  client?: RequestClient;
};

export async function recordSecurityEvent(db: DbTx, event: SecurityEventInput): Promise<void> {
  const client = event.client ?? (await clientOfRequest());
  await db.securityEvent.create({
    data: {
      kind: event.kind,
      userId: event.userId ?? null,
      email: event.email?.slice(0, 320) ?? null,
      ip: client.ip,
      userAgent: client.userAgent,
      details: (event.details ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

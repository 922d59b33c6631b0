// Журнал изменений: every create/update/delete of a domain record is written in the same
// transaction as the change itself, so the log can't disagree with the data.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { DbTx } from "../infra/db/client";

export type AuditEntry = {
  actorId: string | null;
  action: "create" | "update" | "delete" | "import";
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const asJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value, redact)) as Prisma.InputJsonValue);

// secrets never reach the log
function redact(key: string, value: unknown) {
  return key === "passwordHash" ? "[скрыто]" : typeof value === "bigint" ? value.toString() : value;
}

export async function writeAudit(tx: DbTx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: asJson(entry.before),
      after: asJson(entry.after),
    },
  });
}

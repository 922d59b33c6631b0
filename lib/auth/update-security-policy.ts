// Политика безопасности: whether staff must use a second factor. Logged in both journals.
import "server-only";
import type { Db } from "../infra/db/client";
import { writeAudit } from "../audit/write-audit";
import { recordSecurityEvent } from "../security-log/record-security-event";
import { authorize, type SessionUser } from "./permissions";

export async function updateSecurityPolicy(db: Db, actor: SessionUser | null, input: { requireTotpForStaff: boolean }) {
  const admin = authorize(actor, "security.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.securityPolicy.findUnique({ where: { id: 1 } });
    await tx.securityPolicy.upsert({
      where: { id: 1 },
      create: { id: 1, requireTotpForStaff: input.requireTotpForStaff },
      update: { requireTotpForStaff: input.requireTotpForStaff },
    });
    await recordSecurityEvent(tx, {
      kind: "policy_changed",
      userId: admin.id,
      email: admin.email,
      details: { requireTotpForStaff: input.requireTotpForStaff },
    });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "update",
      entity: "SecurityPolicy",
      entityId: "1",
      before: { requireTotpForStaff: before?.requireTotpForStaff ?? true },
      after: input,
    });
  });
}

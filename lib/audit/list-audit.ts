import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

export async function listAudit(db: Db, user: SessionUser | null, opts: { page: number; entity?: string }) {
  authorize(user, "audit.read");
  const where = opts.entity ? { entity: opts.entity } : {};
  const [items, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      include: { user: { select: { fullName: true, email: true } } },
      ...pageArgs(opts.page),
    }),
    db.auditLog.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

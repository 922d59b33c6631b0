// Журнал безопасности для администратора: filters by kind, by person (e-mail or name) and by dates.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import type { SecurityLogFilter } from "./schemas";

export async function listSecurityEvents(db: Db, user: SessionUser | null, filter: SecurityLogFilter) {
  authorize(user, "security.read");
  const who = filter.who?.trim();
  const where: Prisma.SecurityEventWhereInput = {
    kind: filter.kind || undefined,
    at: { gte: filter.fromInstant ?? undefined, lt: filter.toInstant ?? undefined },
    OR: who
      ? [
          { email: { contains: who, mode: "insensitive" } },
          { user: { fullName: { contains: who, mode: "insensitive" } } },
          { user: { email: { contains: who, mode: "insensitive" } } },
          { ip: who },
        ]
      : undefined,
  };
  const [items, total] = await Promise.all([
    db.securityEvent.findMany({
      where,
      orderBy: { id: "desc" },
      include: { user: { select: { fullName: true, email: true } } },
      ...pageArgs(filter.page),
    }),
    db.securityEvent.count({ where }),
  ]);
  return toPage(items, total, filter.page);
}

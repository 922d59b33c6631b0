// Журнал доступа к персональным данным for the administrator: filters by action, participant (code or
// id), user e-mail and date range; paginated, newest first, subjects named in one extra query.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { ACCESS_ACTIONS, type AccessAction } from "./log-personal-data-access";

export type AccessLogFilter = { page: number; action?: string; subject?: string; user?: string; from?: Date; to?: Date };

export async function listPersonalDataAccess(db: Db, user: SessionUser | null, filter: AccessLogFilter) {
  authorize(user, "personalData.log");
  const where: Prisma.PersonalDataAccessWhereInput = {};
  if (filter.action && (ACCESS_ACTIONS as readonly string[]).includes(filter.action))
    where.action = filter.action as AccessAction;
  if (filter.subject?.trim()) {
    const q = filter.subject.trim();
    const matches = await db.participant.findMany({
      where: { OR: [{ code: q }, { id: q }, { fullName: { contains: q, mode: "insensitive" } }] },
      select: { id: true },
      take: 500,
    });
    where.subjectId = { in: [q, ...matches.map((m) => m.id)] };
  }
  if (filter.user?.trim()) where.user = { email: { contains: filter.user.trim(), mode: "insensitive" } };
  if (filter.from || filter.to) where.at = { ...(filter.from && { gte: filter.from }), ...(filter.to && { lt: filter.to }) };
  const [rows, total] = await Promise.all([
    db.personalDataAccess.findMany({
      where,
      orderBy: { id: "desc" },
      include: { user: { select: { fullName: true, email: true } } },
      ...pageArgs(filter.page),
    }),
    db.personalDataAccess.count({ where }),
  ]);
  const subjects = await db.participant.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.subjectId))] } },
    select: { id: true, code: true, fullName: true },
  });
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const items = rows.map((r) => ({ ...r, id: r.id.toString(), subject: byId.get(r.subjectId) ?? null }));
  return toPage(items, total, filter.page);
}

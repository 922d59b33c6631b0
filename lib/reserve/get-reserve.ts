// Карточка резерва: its regulation, candidates (filter by status, paginated), members whose term ends
// within `warnDays`, and its competitions.
import "server-only";
import type { Prisma, ReserveStatus } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, can, regionWhere, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { MEMBER_STATUSES } from "./lifecycle";
import { refuse } from "../auth/policy/refuse";

export const TERM_WARNING_DAYS = 90;

export async function getReserve(
  db: Db,
  actor: SessionUser | null,
  id: string,
  options: { page: number; status?: ReserveStatus },
  now = new Date(),
) {
  const me = authorize(actor, "reserve.read");
  const reserve = await db.personnelReserve.findFirst({
    where: { id, ...regionWhere(me, "reserve.read") },
    include: {
      region: { select: { name: true } },
      competitions: { orderBy: { year: "desc" }, select: { id: true, title: true, year: true, closedAt: true } },
    },
  });
  if (!reserve) throw refuse(me, "reserve.read", "Резерв не найден");
  const where: Prisma.ReserveCandidateWhereInput = { reserveId: id, ...(options.status ? { status: options.status } : {}) };
  const warnUntil = new Date(now.getTime() + TERM_WARNING_DAYS * 86_400_000);
  const [items, total, expiring, members] = await Promise.all([
    db.reserveCandidate.findMany({
      where,
      orderBy: [{ participant: { fullName: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        source: true,
        termEndsAt: true,
        participant: { select: { fullName: true, organization: true, position: true } },
      },
      ...pageArgs(options.page),
    }),
    db.reserveCandidate.count({ where }),
    db.reserveCandidate.findMany({
      where: { reserveId: id, status: { in: [...MEMBER_STATUSES] }, termEndsAt: { lte: warnUntil } },
      orderBy: { termEndsAt: "asc" },
      take: 50,
      select: { id: true, termEndsAt: true, participant: { select: { fullName: true } } },
    }),
    db.reserveCandidate.count({ where: { reserveId: id, status: { in: [...MEMBER_STATUSES] } } }),
  ]);
  return {
    reserve,
    members,
    candidates: toPage(items, total, options.page),
    expiring: expiring.map((c) => ({ ...c, expired: !!c.termEndsAt && c.termEndsAt < now })),
    canManage: can(me, "reserve.manage", { regionId: reserve.regionId }),
  };
}

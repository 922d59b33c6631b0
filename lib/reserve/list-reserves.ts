// Резервы проекта with their size (members now) against capacity, a page at a time.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import { MEMBER_STATUSES } from "./lifecycle";

export async function listReserves(db: Db, actor: SessionUser | null, projectId: string, page: number) {
  const me = authorize(actor, "reserve.read");
  const where = { projectId, ...regionWhere(me, "reserve.read") };
  const [items, total] = await Promise.all([
    db.personnelReserve.findMany({
      where,
      orderBy: [{ targetPosition: "asc" }, { id: "asc" }],
      select: {
        id: true,
        code: true,
        targetPosition: true,
        organization: true,
        capacity: true,
        region: { select: { name: true } },
      },
      ...pageArgs(page),
    }),
    db.personnelReserve.count({ where }),
  ]);
  const sizes = await db.reserveCandidate.groupBy({
    by: ["reserveId", "status"],
    where: { reserveId: { in: items.map((r) => r.id) } },
    _count: { _all: true },
  });
  const count = (reserveId: string, member: boolean) =>
    sizes
      .filter((s) => s.reserveId === reserveId && (MEMBER_STATUSES as readonly string[]).includes(s.status) === member)
      .reduce((sum, s) => sum + s._count._all, 0);
  return toPage(
    items.map((r) => ({ ...r, members: count(r.id, true), others: count(r.id, false) })),
    total,
    page,
  );
}

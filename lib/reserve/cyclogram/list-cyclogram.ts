// Циклограмма региона: its template (active and archived activities) and the tasks of a cycle year, filtered
// by state (open, overdue, done) and paginated, and the region's coordinators who may own tasks. Reached only
// within the reader's regions.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../../infra/db/client";
import { authorize, can, type SessionUser } from "../../auth/permissions";
import { pageArgs, toPage } from "../../infra/pagination";
import { cyclogramTaskStatus } from "./task-status";
import { regionCoordinatorsWhere } from "../../auth/policy/region-coordinators-where";

export type TaskFilter = "open" | "overdue" | "done" | undefined;

export async function listCyclogram(
  db: Db,
  actor: SessionUser | null,
  options: { projectId: string; regionId: string; year: number; status?: TaskFilter; page: number },
  now = new Date(),
) {
  const me = authorize(actor, "cyclogram.read", { regionId: options.regionId });
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const scope = { projectId: options.projectId, regionId: options.regionId };
  const state: Prisma.CyclogramTaskWhereInput =
    options.status === "done"
      ? { doneAt: { not: null } }
      : options.status === "overdue"
        ? { doneAt: null, dueOn: { lt: today } }
        : options.status === "open"
          ? { doneAt: null }
          : {};
  const where: Prisma.CyclogramTaskWhereInput = { activity: scope, year: options.year, ...state };
  const [activities, tasks, total, overdue, owners] = await Promise.all([
    db.cyclogramActivity.findMany({
      where: scope,
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { id: "asc" }],
      include: { ownerUser: { select: { fullName: true } } },
      take: 100,
    }),
    db.cyclogramTask.findMany({
      where,
      orderBy: [{ startsOn: "asc" }, { dueOn: "asc" }, { id: "asc" }],
      include: { ownerUser: { select: { fullName: true } } },
      ...pageArgs(options.page),
    }),
    db.cyclogramTask.count({ where }),
    db.cyclogramTask.count({ where: { activity: scope, year: options.year, doneAt: null, dueOn: { lt: today } } }),
    // who may own the region's tasks (checkTaskOwner): its coordinators
    db.user.findMany({
      where: regionCoordinatorsWhere(options.regionId, { activeOnly: true }),
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      select: { id: true, fullName: true },
      take: 100,
    }),
  ]);
  return {
    activities,
    tasks: toPage(
      tasks.map((t) => ({ ...t, state: cyclogramTaskStatus(t, now) })),
      total,
      options.page,
    ),
    overdue,
    owners,
    canManage: can(me, "cyclogram.manage", { regionId: options.regionId }),
  };
}

// Совещания проекта, newest first, with the protocol number and the count of assignments (paginated).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

export async function listMeetings(db: Db, actor: SessionUser | null, opts: { projectId: string; page: number }) {
  authorize(actor, "meeting.read");
  const where = { projectId: opts.projectId };
  const [items, total] = await Promise.all([
    db.meeting.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        startsAt: true,
        protocolNumber: true,
        protocolDate: true,
        _count: { select: { assignments: true, agenda: true } },
      },
      ...pageArgs(opts.page),
    }),
    db.meeting.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

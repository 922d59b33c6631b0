// The attended registrations behind a cell of the exchange matrix (or a row, a column, the whole of it, or
// a category's attendances): held events of the project starting in the period, narrowed by the
// participant's region (home), the event's region (host) and the participant's category.
// Names only for those who may read the participant (coordinators: participants of their regions).
import "server-only";
import type { Prisma } from "@prisma/client";
import { authorize, can, type SessionUser } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { pageArgs, toPage, type Page } from "../infra/pagination";
import { findProjectRegion } from "./find-project-region";
import { loadKpiScope } from "./load-kpi-scope";
import type { KpiListArgs } from "./parse-kpi-details-query";

export type ExchangeAttendanceRow = {
  id: string;
  event: { id: string; title: string; startsAt: Date; region: string; timezone: string };
  /** null: hidden from this user */
  participant: string | null;
  participantRegion: string;
  category: string;
};

export async function listExchangeAttendances(
  db: DbTx,
  user: SessionUser | null,
  args: KpiListArgs,
): Promise<Page<ExchangeAttendanceRow>> {
  authorize(user, "kpi.read");
  const { project, countedEvents } = await loadKpiScope(db, args.projectCode, args.period);
  const { home, host, category } = args.filter;
  const participant: Prisma.ParticipantWhereInput = {};
  const event: Prisma.EventWhereInput = { ...countedEvents };
  if (home) participant.regionId = (await findProjectRegion(db, project.id, home, true)).id;
  if (host) event.regionId = (await findProjectRegion(db, project.id, host, true)).id;
  if (category) {
    const found = await db.participantCategory.findUnique({
      where: { projectId_code: { projectId: project.id, code: category } },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND", `Категория «${category}» не найдена`);
    participant.categoryId = found.id;
  }
  const where: Prisma.RegistrationWhereInput = { attended: true, event, participant };
  const [rows, total] = await Promise.all([
    db.registration.findMany({
      where,
      orderBy: [{ event: { startsAt: "asc" } }, { eventId: "asc" }, { participant: { fullName: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        event: { select: { id: true, title: true, startsAt: true, region: { select: { name: true, timezone: true } } } },
        participant: {
          select: { fullName: true, regionId: true, region: { select: { name: true } }, category: { select: { name: true } } },
        },
      },
      ...pageArgs(args.page),
    }),
    db.registration.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({
      id: r.id,
      event: {
        id: r.event.id,
        title: r.event.title,
        startsAt: r.event.startsAt,
        region: r.event.region.name,
        timezone: r.event.region.timezone,
      },
      participant: can(user, "participant.read", { regionId: r.participant.regionId }) ? r.participant.fullName : null,
      participantRegion: r.participant.region.name,
      category: r.participant.category.name,
    })),
    total,
    args.page,
  );
}

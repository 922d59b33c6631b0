// Реестр участников: search by name, organisation or e-mail, filter by region and category, a page at a
// time; coordinators see only their regions (the scope is in the query).
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";
import type { ParticipantFilter } from "./schemas";

export async function listParticipants(db: Db, user: SessionUser | null, projectId: string, filter: ParticipantFilter) {
  const me = authorize(user, "participant.read");
  const q = filter.q?.trim();
  const where: Prisma.ParticipantWhereInput = {
    AND: [
      { projectId },
      regionWhere(me, "participant.read"),
      filter.regionId ? { regionId: filter.regionId } : {},
      filter.categoryId ? { categoryId: filter.categoryId } : {},
      q
        ? {
            OR: [
              { fullName: { contains: q, mode: "insensitive" } },
              { organization: { contains: q, mode: "insensitive" } },
              { email: { contains: q, mode: "insensitive" } },
              { code: { equals: q } },
            ],
          }
        : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.participant.findMany({
      where,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        code: true,
        fullName: true,
        email: true,
        organization: true,
        position: true,
        anonymizedAt: true,
        deletionRequestedAt: true,
        region: { select: { name: true } },
        category: { select: { name: true } },
      },
      ...pageArgs(filter.page),
    }),
    db.participant.count({ where }),
  ]);
  return toPage(items, total, filter.page);
}

// The `where` of competitions an organizer may run: those of reserves in their regions.
import "server-only";
import type { Prisma } from "@prisma/client";
import { authorize, regionWhere, type SessionUser } from "../../auth/permissions";

export function managedCompetition(actor: SessionUser | null): Prisma.CompetitionWhereInput {
  const me = authorize(actor, "competition.manage");
  return { reserve: regionWhere(me, "competition.manage") };
}

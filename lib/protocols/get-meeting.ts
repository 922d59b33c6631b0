// Карточка совещания: agenda, participants by region, the protocol and its assignments. A coordinator
// sees only their regions' items of each assignment (the scope is in the query).
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, regionWhere, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";

export async function getMeeting(db: Db, actor: SessionUser | null, id: string) {
  const user = authorize(actor, "meeting.read");
  const meeting = await db.meeting.findUnique({
    where: { id },
    include: {
      project: { select: { id: true, name: true, timezone: true } },
      agenda: { orderBy: { position: "asc" } },
      participants: { orderBy: [{ regionId: "asc" }, { fullName: "asc" }], include: { region: { select: { name: true } } } },
      assignments: {
        orderBy: { number: "asc" },
        include: {
          items: {
            where: regionWhere(user, "assignment.read"),
            orderBy: { region: { name: "asc" } },
            include: { region: { select: { name: true } }, responsible: { select: { fullName: true } } },
          },
        },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND", "Совещание не найдено");
  return meeting;
}

export type MeetingCard = Awaited<ReturnType<typeof getMeeting>>;

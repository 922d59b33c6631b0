// Выгрузка своих персональных данных (152-ФЗ, ст. 14): the signed-in person's participant records in every
// project — profile, registrations with attendance, feedback — and a row in the access log.
import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { logPersonalDataAccess } from "./log-personal-data-access";
import { participantData } from "./participant-data";

export type MyData = Awaited<ReturnType<typeof getMyData>>;

export async function getMyData(db: Db, user: SessionUser | null, now = new Date()) {
  const me = authorize(user, "personalData.self");
  return db.$transaction(async (tx) => {
    const participants = await participantData(tx, { userId: me.id });
    await logPersonalDataAccess(tx, { userId: me.id, subjectIds: participants.map((p) => p.id), action: "download" });
    return {
      format: "kadry-personal-data/1",
      exportedAt: now.toISOString(),
      account: { email: me.email, fullName: me.fullName, role: me.role },
      participants,
    };
  });
}

import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { gateConflicts } from "./event-write";
import { conflictQuery, copyTimes, insertCopy, loadSourceEvent } from "./copy-event";

export const MAX_SERIES = 52;

/**
 * «Создать серию»: `count` weekly copies of an event — 7, 14, … days after it, at the same local time.
 * All or nothing: one transaction, warnings for every copy gathered before anything is written.
 */
export async function createEventSeries(
  db: Db,
  actor: SessionUser | null,
  input: { id: string; count: number; confirmWarnings: boolean },
) {
  const user = authorize(actor, "event.manage");
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_SERIES) {
    throw new AppError("VALIDATION", "Проверьте поля формы", { count: [`От 1 до ${MAX_SERIES} мероприятий`] });
  }
  return db.$transaction(
    async (tx) => {
      const source = await loadSourceEvent(tx, user, input.id);
      const plan = Array.from({ length: input.count }, (_, i) => copyTimes(source, { days: 7 * (i + 1) }));
      await gateConflicts(
        tx,
        plan.map((times) => conflictQuery(source, times)),
        input.confirmWarnings,
      );
      const created = [];
      for (const times of plan) created.push(await insertCopy(tx, user, source, times));
      return created;
    },
    { timeout: 60_000 },
  );
}

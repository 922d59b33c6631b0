// Журнал доступа к персональным данным: who saw or changed whose data, what and when. Written in the
// same transaction as the read or change it records.
import "server-only";
import type { DbTx } from "../infra/db/client";

export const ACCESS_ACTIONS = ["view", "export", "update", "merge", "anonymize", "download"] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const ACCESS_ACTION_NAMES: Record<AccessAction, string> = {
  view: "Просмотр карточки",
  export: "Выгрузка",
  update: "Изменение",
  merge: "Объединение",
  anonymize: "Обезличивание",
  download: "Выгрузка своих данных",
};

export async function logPersonalDataAccess(
  tx: DbTx,
  entry: { userId: string | null; subjectIds: string[]; action: AccessAction; subjectType?: "Participant" | "Expert" },
): Promise<void> {
  if (!entry.subjectIds.length) return;
  await tx.personalDataAccess.createMany({
    data: entry.subjectIds.map((subjectId) => ({
      userId: entry.userId,
      subjectType: entry.subjectType ?? "Participant",
      subjectId,
      action: entry.action,
    })),
  });
}

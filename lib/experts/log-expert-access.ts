// Журнал доступа к персональным данным эксперта (152-ФЗ): one row per opening or change of a card.
import "server-only";
import type { DbTx } from "../infra/db/client";

export type PersonalDataAction = "view" | "update" | "export";

export async function logExpertAccess(db: DbTx, userId: string, expertId: string, action: PersonalDataAction): Promise<void> {
  await db.personalDataAccess.create({ data: { userId, subjectType: "Expert", subjectId: expertId, action } });
}

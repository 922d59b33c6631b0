// The expert edits their own contacts, organisation and competences (nothing else: region, independence
// and directions are the registry's). Audited and logged in the personal-data access journal.
import "server-only";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { logExpertAccess } from "./log-expert-access";
import type { ExpertContactsInput } from "./schemas";

export async function updateOwnExpertProfile(db: Db, actor: SessionUser | null, projectId: string, input: ExpertContactsInput) {
  const user = authorize(actor, "expert.profile");
  return db.$transaction(async (tx) => {
    const before = await tx.expert.findFirst({ where: { projectId, userId: user.id } });
    if (!before) throw new AppError("NOT_FOUND", "Ваша учётная запись не связана с экспертом проекта");
    const expert = await tx.expert.update({
      where: { id: before.id },
      data: { email: input.email, phone: input.phone, organization: input.organization, competences: input.competences },
    });
    await writeAudit(tx, { actorId: user.id, action: "update", entity: "Expert", entityId: expert.id, before, after: expert });
    await logExpertAccess(tx, user.id, expert.id, "update");
    return expert;
  });
}

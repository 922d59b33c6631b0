// Самостоятельная регистрация участника: a user account and the participant record of the project,
// written together or not at all.
import "server-only";
import type { Db } from "../infra/db/client";
import { hashPassword } from "../auth/password";
import { writeAudit } from "../audit/write-audit";
import { AppError, isUniqueViolation } from "../infra/errors/app-error";
import { CONSENT_VERSION } from "../personal-data/consent";
import type { RegistrationInput } from "./schemas";

export async function registerParticipant(db: Db, input: RegistrationInput, now = new Date()) {
  const [category, region] = await Promise.all([
    db.participantCategory.findFirst({ where: { id: input.categoryId, projectId: input.projectId, archivedAt: null } }),
    db.region.findFirst({ where: { id: input.regionId, projects: { some: { projectId: input.projectId } } } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!category) fieldErrors.categoryId = ["Выберите категорию из списка"];
  if (!region) fieldErrors.regionId = ["Выберите регион из списка"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "Проверьте поля формы", fieldErrors);

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, fullName: input.fullName, passwordHash, role: "PARTICIPANT" },
      });
      const participant = await tx.participant.create({
        data: {
          projectId: input.projectId,
          code: `U-${user.id}`,
          fullName: input.fullName,
          email: input.email,
          organization: input.organization || null,
          categoryId: input.categoryId,
          regionId: input.regionId,
          userId: user.id,
          consentAt: now,
          consentVersion: CONSENT_VERSION,
        },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "create",
        entity: "Participant",
        entityId: participant.id,
        after: {
          fullName: participant.fullName,
          email: participant.email,
          categoryId: participant.categoryId,
          regionId: participant.regionId,
          consentAt: participant.consentAt,
          consentVersion: participant.consentVersion,
        },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Этот e-mail уже зарегистрирован", {
        email: ["Этот e-mail уже зарегистрирован — войдите или восстановите пароль у администратора"],
      });
    }
    throw error;
  }
}

import "server-only";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { hashPassword } from "../auth/password";
import { writeAudit } from "../audit/write-audit";
import { AppError, isUniqueViolation } from "../infra/errors/app-error";
import type { CreateUserInput } from "./schemas";

/** Администратор создаёт пользователя с ролью (и регионами координатора). */
export async function createUser(db: Db, actor: SessionUser | null, input: CreateUserInput) {
  const admin = authorize(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  const regionIds = input.role === "COORDINATOR" ? input.regionIds : [];
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          fullName: input.fullName,
          role: input.role,
          passwordHash,
          regions: { create: regionIds.map((regionId) => ({ regionId })) },
        },
      });
      await writeAudit(tx, {
        actorId: admin.id,
        action: "create",
        entity: "User",
        entityId: user.id,
        after: { email: user.email, fullName: user.fullName, role: user.role, regionIds },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Пользователь с таким e-mail уже есть", { email: ["Этот e-mail уже зарегистрирован"] });
    }
    throw error;
  }
}

// One portal user per role (demo-accounts.json). A user that already exists is left as it is — its
// password is never re-hashed or reset — and only the links the demo needs are made sure of: the
// coordinator's regions, the EXPERT account's expert record, the PARTICIPANT account's participant record.
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts";
import { SEED_TRANSACTION } from "./apply-demo-details";

export type DemoUser = { email: string; role: Role; created: boolean };

export async function ensureDemoUsers(db: PrismaClient, projectId: string): Promise<DemoUser[]> {
  const users: DemoUser[] = [];
  for (const account of DEMO_ACCOUNTS) users.push(await ensureDemoUser(db, projectId, account));
  return users;
}

async function ensureDemoUser(db: PrismaClient, projectId: string, account: DemoAccount): Promise<DemoUser> {
  const expert = account.expertCode
    ? await db.expert.findUniqueOrThrow({ where: { projectId_code: { projectId, code: account.expertCode } } })
    : null;
  const participant = account.participantCode
    ? await db.participant.findUniqueOrThrow({ where: { projectId_code: { projectId, code: account.participantCode } } })
    : null;
  const regions = await db.region.findMany({
    where: { code: { in: account.regionCodes ?? [] } },
    select: { id: true, code: true },
  });
  if (regions.length !== (account.regionCodes ?? []).length) {
    throw new Error(`demo-accounts.json: у ${account.email} указан неизвестный регион (${account.regionCodes?.join(", ")})`);
  }
  const fullName = account.fullName ?? expert?.fullName ?? participant?.fullName;
  if (!fullName) throw new Error(`demo-accounts.json: у ${account.email} нет ФИО и связанной записи`);

  const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
  // argon2 is slow and memory-hungry: hash outside the transaction, and only for a new user
  const passwordHash = existing ? null : await hashPassword(account.password);

  return db.$transaction(async (tx) => {
    let userId = existing?.id;
    if (!userId) {
      const user = await tx.user.create({
        data: { email: account.email, fullName, role: account.role, passwordHash: passwordHash! },
      });
      userId = user.id;
      await writeAudit(tx, {
        actorId: null,
        action: "create",
        entity: "User",
        entityId: user.id,
        after: { email: user.email, fullName: user.fullName, role: user.role, regionCodes: account.regionCodes ?? [] },
      });
    }
    if (regions.length) {
      await tx.userRegion.createMany({ data: regions.map((r) => ({ userId: userId!, regionId: r.id })), skipDuplicates: true });
    }
    if (expert && expert.userId !== userId) await tx.expert.update({ where: { id: expert.id }, data: { userId } });
    if (participant && participant.userId !== userId)
      await tx.participant.update({ where: { id: participant.id }, data: { userId } });
    return { email: account.email, role: account.role, created: !existing };
  }, SEED_TRANSACTION);
}

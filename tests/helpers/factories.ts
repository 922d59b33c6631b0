// Small builders of domain records for integration tests: each call makes unique codes.
import { randomBytes } from "node:crypto";
import type { PrismaClient, Role } from "@prisma/client";
import type { SessionUser } from "../../lib/auth/permissions";

const uid = () => randomBytes(4).toString("hex").toUpperCase();

export async function makeProject(db: PrismaClient, regionCodes = ["YAR", "KOS"]) {
  const suffix = uid();
  const project = await db.project.create({ data: { code: `p-${suffix.toLowerCase()}`, name: `Проект ${suffix}`, year: 2026 } });
  const regions = [];
  for (const code of regionCodes) {
    const region = await db.region.create({
      data: { code: `${code}${suffix}`, name: `Регион ${code}`, timezone: "Europe/Moscow" },
    });
    await db.projectRegion.create({ data: { projectId: project.id, regionId: region.id } });
    regions.push(region);
  }
  const category = await db.participantCategory.create({
    data: { projectId: project.id, code: "civil-servant", name: "Госслужащие" },
  });
  const direction = await db.direction.create({
    data: { projectId: project.id, code: "digital", name: "Цифровая трансформация" },
  });
  return { project, regions, category, direction };
}

export async function makeEvent(
  db: PrismaClient,
  projectId: string,
  regionId: string,
  directionId: string,
  extra: { capacity?: number; requiresApproval?: boolean; draft?: boolean } = {},
) {
  return db.event.create({
    data: {
      projectId,
      regionId,
      directionId,
      code: `EV-${uid()}`,
      title: "Мастер-класс по проектному управлению",
      format: "master_class",
      startsAt: new Date("2026-12-10T07:00:00Z"),
      endsAt: new Date("2026-12-10T10:00:00Z"),
      capacity: extra.capacity ?? 30,
      requiresApproval: extra.requiresApproval ?? false,
      publishedAt: extra.draft ? null : new Date("2026-11-01T00:00:00Z"),
    },
  });
}

export function sessionUser(role: Role, regionIds: string[] = [], id = `u-${uid()}`): SessionUser {
  return { id, email: `${id}@example.ru`, fullName: `Тест ${role}`, role, regionIds };
}

export async function makeUser(db: PrismaClient, role: Role, regionIds: string[] = [], passwordHash = "x") {
  const id = uid().toLowerCase();
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@example.ru`,
      fullName: `Пользователь ${id}`,
      role,
      passwordHash,
      regions: { create: regionIds.map((regionId) => ({ regionId })) },
    },
  });
  return { user, session: { id: user.id, email: user.email, fullName: user.fullName, role, regionIds } as SessionUser };
}

/** `count` participant users of the project (first region, the project's category) with their sessions. */
export async function makeParticipants(db: PrismaClient, count: number, ctx: Awaited<ReturnType<typeof makeProject>>) {
  const people: SessionUser[] = [];
  for (let i = 0; i < count; i++) {
    const u = await makeUser(db, "PARTICIPANT");
    await db.participant.create({
      data: {
        projectId: ctx.project.id,
        code: `P-${u.user.id}`,
        fullName: `Участник ${i + 1}`,
        categoryId: ctx.category.id,
        regionId: ctx.regions[0].id,
        userId: u.user.id,
      },
    });
    people.push(u.session);
  }
  return people;
}

/**
 * Staff sign in with a password only, as in the demo (the migration's policy requires a second factor
 * for staff). For suites that test something else with staff accounts; the policy itself is tested in
 * sign-in-security.test.ts.
 */
export async function allowPasswordOnlyStaff(db: PrismaClient): Promise<void> {
  await db.securityPolicy.update({ where: { id: 1 }, data: { requireTotpForStaff: false } });
}

import "server-only";
import type { Prisma } from "@prisma/client";
import type { Db } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { pageArgs, toPage } from "../infra/pagination";

export async function listUsers(db: Db, actor: SessionUser | null, opts: { page: number; q?: string }) {
  authorize(actor, "user.manage");
  const q = opts.q?.trim();
  const where: Prisma.UserWhereInput = q
    ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { fullName: { contains: q, mode: "insensitive" } }] }
    : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { fullName: "asc" }],
      include: { regions: { include: { region: { select: { code: true, name: true } } } } },
      ...pageArgs(opts.page),
    }),
    db.user.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

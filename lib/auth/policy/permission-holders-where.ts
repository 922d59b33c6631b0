// Users who hold `action` for a region, read off the matrix: roles with "all" anywhere, roles with
// "own-region" when the region is theirs (e.g. who may own a cyclogram task of the region).
import type { Prisma } from "@prisma/client";
import { PERMISSIONS, type Action, type Role, type Scope } from "../permissions";

export function permissionHoldersWhere(action: Action, regionId: string): Prisma.UserWhereInput {
  const scopes = Object.entries(PERMISSIONS[action] as Partial<Record<Role, Scope>>) as [Role, Scope][];
  const OR: Prisma.UserWhereInput[] = scopes.flatMap(([role, scope]): Prisma.UserWhereInput[] => {
    if (scope === "all") return [{ role }];
    if (scope === "own-region") return [{ role, regions: { some: { regionId } } }];
    return [];
  });
  return OR.length ? { OR } : { id: { in: [] } };
}

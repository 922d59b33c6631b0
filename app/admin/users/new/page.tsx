import { UserForm } from "@/components/users/user-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { listRegions } from "@/lib/users/get-user";
import { createUserAction } from "../actions";

export const metadata = { title: "Новый пользователь" };

export default async function NewUserPage() {
  await guardPage(() => requirePermission("user.manage"), "/admin/users/new");
  const regions = await listRegions(db);
  return (
    <>
      <h1>Новый пользователь</h1>
      <UserForm
        mode="create"
        action={createUserAction}
        regions={regions}
        defaults={{ fullName: "", email: "", password: "", role: "PARTICIPANT", regionIds: [] }}
      />
    </>
  );
}

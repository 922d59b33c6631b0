import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { getCurrentProject, getProjectReference } from "@/lib/projects/current-project";

export const metadata = { title: "Регистрация" };

export default async function RegisterPage() {
  if (await getSessionUser()) redirect("/");
  const t = await getTranslations();
  const project = await getCurrentProject(db);
  if (!project) return <p>{t("home.noProject")}</p>;
  const { categories, regions } = await getProjectReference(db, project.id);
  return (
    <>
      <h1>{t("auth.registerTitle")}</h1>
      <p className="mb-4 text-ink-muted">{project.name}</p>
      <RegisterForm projectId={project.id} categories={categories} regions={regions} />
      <p className="mt-4">
        {t("auth.haveAccount")} <Link href="/login">{t("nav.signIn")}</Link>
      </p>
    </>
  );
}

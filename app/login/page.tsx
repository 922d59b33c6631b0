import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionUser } from "@/lib/auth/session";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const [{ callbackUrl, reset }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <>
      <h1>{t("signInTitle")}</h1>
      {reset && (
        <p role="status" className="mb-4 max-w-md rounded-md bg-ok-bg p-3 text-ok">
          Пароль изменён. Войдите с новым паролем.
        </p>
      )}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-4">
        {t("noAccount")} <Link href="/register">{t("registerLink")}</Link>
      </p>
    </>
  );
}

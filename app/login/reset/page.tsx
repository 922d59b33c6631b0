import Link from "next/link";
import { ResetPasswordWithTokenForm } from "@/components/account/reset-password-with-token-form";

export const metadata = { title: "Новый пароль" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <>
      <h1>Новый пароль</h1>
      {typeof token === "string" && token.length >= 20 ? (
        <>
          <p className="mb-4 max-w-xl">После сохранения все ваши сеансы на других устройствах будут завершены.</p>
          <ResetPasswordWithTokenForm token={token} />
        </>
      ) : (
        <p role="alert" className="mb-4 rounded-md bg-bad-bg p-3 text-bad">
          В ссылке нет кода сброса. Откройте ссылку из письма целиком или <Link href="/login/forgot">запросите новую</Link>.
        </p>
      )}
    </>
  );
}

import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/security-forms";

export const metadata = { title: "Сброс пароля" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Сброс пароля</h1>
      <p className="mb-4 max-w-xl">
        Укажите адрес электронной почты, с которым вы входите на портал. Мы отправим на него ссылку, по которой можно задать новый
        пароль.
      </p>
      <div className="max-w-md">
        <ForgotPasswordForm />
      </div>
      <p>
        <Link href="/login">← Ко входу</Link>
      </p>
    </>
  );
}

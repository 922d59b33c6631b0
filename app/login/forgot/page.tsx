import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { requestPasswordResetSchema } from "@/lib/auth/passwords/schemas";
import { requestPasswordResetAction } from "./actions";

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
        <SimpleForm
          schema={requestPasswordResetSchema}
          action={requestPasswordResetAction}
          defaults={{ email: "" }}
          fields={[{ name: "email", label: "Электронная почта" }]}
          submit="Отправить ссылку"
          idPrefix="forgot"
          label="Запрос ссылки для сброса пароля"
        />
      </div>
      <p>
        <Link href="/login">← Ко входу</Link>
      </p>
    </>
  );
}

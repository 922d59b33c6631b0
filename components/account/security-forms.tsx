"use client";
// Short forms of the sign-in security pages; each binds its schema here (a schema can't be passed from a
// server page to a client component).
import { SimpleForm } from "@/components/forms/simple-form";
import { requestPasswordResetSchema, securityPolicySchema } from "@/lib/auth/passwords/schemas";
import { requestPasswordResetAction } from "@/app/login/forgot/actions";
import { updateSecurityPolicyAction } from "@/app/admin/security/actions";

export function ForgotPasswordForm() {
  return (
    <SimpleForm
      schema={requestPasswordResetSchema}
      action={requestPasswordResetAction}
      defaults={{ email: "" }}
      fields={[{ name: "email", label: "Электронная почта" }]}
      submit="Отправить ссылку"
      idPrefix="forgot"
      label="Запрос ссылки для сброса пароля"
    />
  );
}

export function SecurityPolicyForm({ requireTotpForStaff }: { requireTotpForStaff: boolean }) {
  return (
    <SimpleForm
      schema={securityPolicySchema}
      action={updateSecurityPolicyAction}
      defaults={{ requireTotpForStaff: requireTotpForStaff ? "yes" : "no" }}
      fields={[
        {
          name: "requireTotpForStaff",
          label: "Второй фактор для сотрудников (администратор, министерство, координатор, эксперт)",
          type: "select",
          options: [
            { value: "yes", label: "обязателен" },
            { value: "no", label: "по желанию" },
          ],
          hint: "Участникам второй фактор всегда по желанию. Сотрудник без второго фактора после входа сможет только подключить его.",
        },
      ]}
      submit="Сохранить политику"
      idPrefix="policy"
      label="Политика входа"
    />
  );
}

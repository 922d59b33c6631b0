"use client";
// Ответственный координатор пункта: one of the region's coordinators, or nobody.
import { SimpleForm } from "@/components/forms/simple-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { responsibleSchema } from "@/lib/protocols/schemas";

type Props = {
  itemId: string;
  current: string | null;
  coordinators: { id: string; fullName: string }[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function ResponsibleForm({ itemId, current, coordinators, action }: Props) {
  return (
    <SimpleForm
      schema={responsibleSchema}
      action={action}
      idPrefix="responsible"
      label="Выбор ответственного координатора"
      submit="Назначить"
      hidden={["itemId"]}
      defaults={{ itemId, responsibleId: current ?? "" }}
      fields={[
        {
          name: "responsibleId",
          label: "Ответственный координатор",
          type: "select",
          options: [{ value: "", label: "не назначен" }, ...coordinators.map((c) => ({ value: c.id, label: c.fullName }))],
        },
      ]}
    />
  );
}

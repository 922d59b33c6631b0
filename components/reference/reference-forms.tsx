"use client";
// The reference lists' forms: each binds its schema here (a schema can't be passed from a server page).
import { SimpleForm, type SimpleField } from "@/components/forms/simple-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { EVENT_FORMAT_NAMES } from "@/lib/events/labels";
import { EVENT_FORMATS } from "@/lib/events/schemas";
import { formatNamesSchema, projectTargetsSchema, referenceItemSchema, regionSchema } from "@/lib/reference/schemas";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = { action: Action; defaults: Record<string, string> };

export function ProjectTargetsForm({ action, defaults }: Props) {
  const n = (name: string, label: string, step?: string): SimpleField => ({ name, label, type: "number", step });
  return (
    <SimpleForm
      schema={projectTargetsSchema}
      action={action}
      defaults={defaults}
      hidden={["projectId"]}
      idPrefix="targets"
      label="Проект и целевые показатели"
      submit="Сохранить"
      fields={[
        { name: "name", label: "Название проекта" },
        { name: "timezone", label: "Часовой пояс проекта (IANA)", hint: "Например, Europe/Moscow. По нему считаются кварталы." },
        n("targetEventsHeld", "Проведено мероприятий за год, не менее"),
        n("targetCategoriesCovered", "Охвачено категорий участников, не менее"),
        n("targetDirectionsCovered", "Охвачено направлений, не менее"),
        n("targetExpertsPerRegion", "Независимых экспертов в каждом регионе, не менее"),
        n("targetInfoResourcesPerRegion", "Информационных ресурсов в каждом регионе, не менее"),
        n("targetSatisfactionAvg", "Средняя удовлетворённость, не ниже", "0.01"),
        n("feedbackWindowDays", "Срок анкетирования после мероприятия, дней"),
      ]}
    />
  );
}

export function RegionForm({ action, defaults }: Props) {
  const editing = !!defaults.id;
  return (
    <SimpleForm
      key={defaults.id ?? "new"}
      schema={regionSchema}
      action={action}
      defaults={defaults}
      hidden={editing ? ["projectId", "id"] : ["projectId"]}
      idPrefix="region"
      label={editing ? "Изменение региона" : "Новый регион"}
      submit={editing ? "Сохранить регион" : "Добавить регион"}
      fields={[
        {
          name: "code",
          label: "Код",
          readOnly: editing,
          hint: editing ? "Код не меняется: по нему регион узнают пакеты данных" : undefined,
        },
        { name: "name", label: "Название" },
        { name: "timezone", label: "Часовой пояс (IANA)", hint: "Например, Europe/Samara, Asia/Yekaterinburg" },
      ]}
    />
  );
}

export function ReferenceItemForm({ action, defaults, noun }: Props & { noun: string }) {
  const editing = !!defaults.id;
  return (
    <SimpleForm
      key={defaults.id ?? "new"}
      schema={referenceItemSchema}
      action={action}
      defaults={defaults}
      hidden={editing ? ["projectId", "kind", "id"] : ["projectId", "kind"]}
      idPrefix={defaults.kind}
      label={editing ? `Изменение: ${noun}` : `Новая запись: ${noun}`}
      submit={editing ? "Сохранить" : "Добавить"}
      fields={[
        { name: "code", label: "Код", readOnly: editing },
        { name: "name", label: "Название" },
      ]}
    />
  );
}

export function FormatNamesForm({ action, defaults }: Props) {
  return (
    <SimpleForm
      schema={formatNamesSchema}
      action={action}
      defaults={defaults}
      idPrefix="format"
      label="Названия форм мероприятий"
      submit="Сохранить названия"
      fields={EVENT_FORMATS.map((f) => ({ name: f, label: `${EVENT_FORMAT_NAMES[f]} (код ${f})` }))}
    />
  );
}

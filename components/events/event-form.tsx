"use client";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { WarningsConfirm } from "@/components/events/warnings-confirm";
import { createEventSchema, EVENT_FORMATS, updateEventSchema } from "@/lib/events/schemas";
import { EXPERT_ROLE_NAMES } from "@/lib/events/labels";
import type { FormatNames } from "@/lib/reference/event-format-names";
import { EXPERT_ROLES } from "@/lib/events/schemas";
import type { FormState } from "@/lib/infra/http/form-state";

type Option = { id: string; name: string };

type Props = {
  mode: "create" | "edit";
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string | string[] | boolean>;
  directions: Option[];
  categories: Option[];
  experts: Option[];
  /** create only: the regions the user manages */
  regions?: (Option & { timezone: string })[];
  /** edit: the event region's zone */
  timezone?: string;
  /** the Russian names of the formats (reference list) */
  formatNames: FormatNames;
  /** the stored roles of the event's experts (edit) */
  expertRoles?: Record<string, string>;
};

export function EventForm(props: Props) {
  const { mode, action, defaults, directions, categories, experts, regions = [], timezone } = props;
  const schema = mode === "create" ? createEventSchema : updateEventSchema;
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(schema, action, defaults);
  const regionId = form.watch("regionId") as string | undefined;
  const zone = timezone ?? regions.find((r) => r.id === regionId)?.timezone ?? "часовой пояс региона";
  const text = (name: string, label: string, type = "text", hint?: string) => (
    <Field id={name} label={label} error={errorFor(name)} hint={hint}>
      {(aria) => <input {...aria} {...form.register(name)} type={type} className="input" />}
    </Field>
  );
  const select = (name: string, label: string, options: Option[], multiple = false, hint?: string) => (
    <Field id={name} label={label} error={errorFor(name)} hint={hint}>
      {(aria) => (
        <select
          {...aria}
          {...form.register(name)}
          multiple={multiple}
          size={multiple ? Math.min(6, Math.max(3, options.length)) : undefined}
          className="input"
        >
          {!multiple && name === "regionId" && <option value="">— выберите регион —</option>}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const checkbox = (name: string, label: string) => (
    <div className="mb-4">
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" {...form.register(name)} />
        {label}
      </label>
    </div>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl">
      <FormMessage ok={state.ok} message={state.message} />
      {mode === "edit" && <input type="hidden" {...form.register("id")} />}
      {mode === "create" && select("regionId", "Регион", regions)}
      {text("title", "Название")}
      <Field id="description" label="Описание" error={errorFor("description")}>
        {(aria) => <textarea {...aria} {...form.register("description")} rows={5} className="input" />}
      </Field>
      <Field id="format" label="Форма мероприятия" error={errorFor("format")}>
        {(aria) => (
          <select {...aria} {...form.register("format")} className="input">
            {EVENT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {props.formatNames[f]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {select("directionId", "Направление", directions)}
      {select(
        "targetCategoryIds",
        "Категории участников",
        categories,
        true,
        "Ничего не выбрано — открыто для всех категорий. Ctrl/⌘ — выбрать несколько",
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {text("startsAt", `Начало (время региона, ${zone})`, "datetime-local")}
        {text("endsAt", "Окончание", "datetime-local")}
      </div>
      {text("registrationDeadline", "Запись до (необязательно)", "datetime-local")}
      {text("capacity", "Вместимость (пусто — без ограничения)", "number")}
      {checkbox("requiresApproval", "Запись требует подтверждения организатором")}
      {text("venue", "Площадка")}
      {text("address", "Адрес")}
      {text("onlineUrl", "Ссылка для онлайн-участия", "url")}
      {select("expertIds", "Эксперты", experts, true, "Ctrl/⌘ — выбрать несколько")}
      <ExpertRoleSelects
        chosen={(form.watch("expertIds") as string[] | string | undefined) ?? []}
        experts={experts}
        stored={props.expertRoles ?? {}}
        error={errorFor("expertRoles")}
      />
      {mode === "create" && checkbox("publish", "Опубликовать сразу (иначе — черновик, который видят только организаторы)")}
      <WarningsConfirm warnings={state.warnings} register={form.register("confirmWarnings")} />
      <button className="btn" disabled={pending}>
        {mode === "create" ? "Создать мероприятие" : "Сохранить"}
      </button>
    </form>
  );
}

/** One role select per chosen expert; plain inputs, sent as "expertId=role" (schemas.ts). */
function ExpertRoleSelects(props: {
  chosen: string[] | string;
  experts: Option[];
  stored: Record<string, string>;
  error?: string;
}) {
  const chosen = Array.isArray(props.chosen) ? props.chosen : [props.chosen];
  const names = new Map(props.experts.map((e) => [e.id, e.name]));
  if (!chosen.length) return null;
  return (
    <fieldset className="mb-4" aria-describedby={props.error ? "expertRoles-error" : undefined}>
      <legend className="label">Роль эксперта на мероприятии</legend>
      {chosen.map((id) => (
        <div key={id} className="mb-2 flex flex-wrap items-center gap-2">
          <label htmlFor={`expertRole-${id}`} className="min-w-48">
            {names.get(id) ?? id}
          </label>
          <select
            id={`expertRole-${id}`}
            name="expertRoles"
            defaultValue={`${id}=${props.stored[id] ?? "speaker"}`}
            className="input w-auto"
          >
            {EXPERT_ROLES.map((role) => (
              <option key={role} value={`${id}=${role}`}>
                {EXPERT_ROLE_NAMES[role]}
              </option>
            ))}
          </select>
        </div>
      ))}
      {props.error && (
        <p id="expertRoles-error" className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

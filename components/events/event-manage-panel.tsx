"use client";
// Organizer's actions on an event page: publish a draft, cancel with a reason, mark held, copy to a date,
// weekly series.
import type { ReactNode } from "react";
import type { z } from "zod";
import { Field, FormMessage } from "@/components/forms/field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { WarningsConfirm } from "@/components/events/warnings-confirm";
import type { FormState } from "@/lib/infra/http/form-state";
import {
  cancelEventSchema,
  copyEventSchema,
  eventSeriesSchema,
  markEventHeldSchema,
  publishEventSchema,
} from "@/lib/events/schemas";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  eventId: string;
  status: "planned" | "held" | "cancelled";
  started: boolean;
  /** A draft (черновик): not yet visible to participants. */
  draft: boolean;
  actions: { publish: Action; cancel: Action; markHeld: Action; copy: Action; series: Action };
};

export function EventManagePanel({ eventId, status, started, draft, actions }: Props) {
  return (
    <section aria-labelledby="manage-title" className="card mb-4 max-w-xl">
      <h2 id="manage-title">Управление мероприятием</h2>
      {status === "planned" && draft && (
        <ActionForm schema={publishEventSchema} action={actions.publish} eventId={eventId} submit="Опубликовать">
          {() => (
            <p className="mb-3 font-medium text-warn">
              Черновик: мероприятие видно только организаторам. После публикации участники смогут записаться.
            </p>
          )}
        </ActionForm>
      )}
      {status === "planned" && started && !draft && (
        <ActionForm schema={markEventHeldSchema} action={actions.markHeld} eventId={eventId} submit="Отметить как проведённое" />
      )}
      {status === "planned" && (
        <ActionForm schema={cancelEventSchema} action={actions.cancel} eventId={eventId} submit="Отменить мероприятие" secondary>
          {({ errorFor, register }) => (
            <Field id="cancelReason" label="Причина отмены" error={errorFor("cancelReason")}>
              {(aria) => <textarea {...aria} {...register("cancelReason")} rows={2} className="input" />}
            </Field>
          )}
        </ActionForm>
      )}
      <ActionForm schema={copyEventSchema} action={actions.copy} eventId={eventId} submit="Копировать" secondary>
        {({ errorFor, register }) => (
          <Field id="copyDate" label="Дата копии (то же время начала)" error={errorFor("date")}>
            {(aria) => <input {...aria} {...register("date")} type="date" className="input" />}
          </Field>
        )}
      </ActionForm>
      <ActionForm
        schema={eventSeriesSchema}
        action={actions.series}
        eventId={eventId}
        submit="Создать серию"
        secondary
        defaults={{ count: "4" }}
      >
        {({ errorFor, register }) => (
          <Field id="seriesCount" label="Сколько еженедельных повторов создать (до 52)" error={errorFor("count")}>
            {(aria) => <input {...aria} {...register("count")} type="number" min={1} max={52} className="input" />}
          </Field>
        )}
      </ActionForm>
    </section>
  );
}

type FormApi = ReturnType<typeof useValidatedForm>;

function ActionForm(props: {
  schema: z.ZodType;
  action: Action;
  eventId: string;
  submit: string;
  secondary?: boolean;
  defaults?: Record<string, string>;
  children?: (api: { errorFor: FormApi["errorFor"]; register: FormApi["form"]["register"] }) => ReactNode;
}) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(props.schema, props.action, {
    id: props.eventId,
    ...props.defaults,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mb-4 border-b border-line pb-4 last:mb-0 last:border-0 last:pb-0">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("id")} />
      {props.children?.({ errorFor, register: form.register })}
      <WarningsConfirm warnings={state.warnings} register={form.register("confirmWarnings")} />
      <button className={props.secondary ? "btn-secondary" : "btn"} disabled={pending}>
        {props.submit}
      </button>
    </form>
  );
}

"use client";
// Отчёт региона по поручению: what was done, links to the evidence (one per line) and files.
import { Field, FormMessage } from "@/components/forms/field";
import { FileInput } from "@/components/forms/file-input";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import type { FormState } from "@/lib/infra/http/form-state";
import { MAX_LINKS, reportSchema } from "@/lib/protocols/schemas";

type Props = { itemId: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function ReportForm({ itemId, action }: Props) {
  const { form, state, pending, onSubmit, errorFor } = useValidatedForm(reportSchema, action, { itemId, text: "", links: "" });
  if (state.ok) return <FormMessage ok message={state.message} />;
  const linkError = Object.keys(state.fieldErrors ?? {}).find((k) => k.startsWith("links"));
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-3xl" aria-label="Отчёт по поручению">
      <FormMessage ok={state.ok} message={state.message} />
      <input type="hidden" {...form.register("itemId")} />
      <Field id="report-text" label="Что сделано" error={errorFor("text")}>
        {(aria) => <textarea {...aria} {...form.register("text")} rows={5} className="input" />}
      </Field>
      <Field
        id="report-links"
        label="Подтверждающие материалы (ссылки)"
        hint={`По одной ссылке в строке, не больше ${MAX_LINKS}: документы, публикации, папки с файлами`}
        error={
          errorFor("links") ??
          (linkError ? state.fieldErrors?.[linkError]?.[0] : undefined) ??
          clientLinkError(form.formState.errors)
        }
      >
        {(aria) => <textarea {...aria} {...form.register("links")} rows={3} className="input" />}
      </Field>
      <FileInput id="report-files" name="files" label="Подтверждающие материалы (файлы)" serverError={errorFor("files")} />
      <button className="btn" disabled={pending}>
        Представить отчёт
      </button>
    </form>
  );
}

// a bad link's error sits at links.<n> (the parsed array), shown beside the one text field
function clientLinkError(errors: Record<string, unknown>): string | undefined {
  const links = errors.links as Record<string, { message?: string }> | undefined;
  if (!links || typeof links !== "object") return undefined;
  return Object.values(links).find((e) => typeof e?.message === "string")?.message;
}

"use client";
// «Записать оценку квартала»: the assessment form, loaded when asked for. It sits at the bottom of the
// dashboard, which most readers only read; its validation code (react-hook-form, the zod schema) was the
// larger part of what the page's first load had to run on a slow laptop.
import dynamic from "next/dynamic";
import { useState } from "react";
import type { AssessmentFormProps } from "./assessment-form";

const AssessmentForm = dynamic(() => import("./assessment-form").then((m) => m.AssessmentForm), {
  ssr: false,
  loading: () => <p className="text-ink-muted">Загрузка формы…</p>,
});

export function AssessmentFormOpener(props: AssessmentFormProps) {
  const [open, setOpen] = useState(false);
  if (open) return <AssessmentForm {...props} />;
  return (
    <button type="button" className="btn" onClick={() => setOpen(true)}>
      Записать оценку квартала
    </button>
  );
}

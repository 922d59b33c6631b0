"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section role="alert">
      <h1>{t("errorTitle")}</h1>
      <p className="mb-4">{t("errorText")}</p>
      <button className="btn" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}

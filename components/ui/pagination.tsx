import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Page links that keep the other query parameters (filters live in the URL); `name`: the page parameter. */
export async function Pagination({
  page,
  pageCount,
  params,
  name = "page",
}: {
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
  name?: string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("common");
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, [name]: String(p) }).filter(([, v]) => v) as [string, string][],
    );
    return `?${query.toString()}`;
  };
  return (
    <nav aria-label={t("page", { page, count: pageCount })} className="mt-4 flex items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)}>← {t("prev")}</Link>
      ) : (
        <span aria-hidden className="text-ink-muted">
          ← {t("prev")}
        </span>
      )}
      <span>{t("page", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)}>{t("next")} →</Link>
      ) : (
        <span aria-hidden className="text-ink-muted">
          {t("next")} →
        </span>
      )}
    </nav>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * Page links that keep the other query parameters (filters live in the URL); `name`: the page parameter;
 * `label`: which list the links page, when a page has several; `keepScroll`: stay at the list instead of
 * going to the top (a list in the middle of a long page, like the dashboard's).
 */
export function Pagination({
  page,
  pageCount,
  params,
  name = "page",
  label,
  keepScroll = false,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
  name?: string;
  label?: string;
  keepScroll?: boolean;
}) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, [name]: String(p) }).filter(([, v]) => v) as [string, string][],
    );
    return `?${query.toString()}`;
  };
  return (
    <nav
      aria-label={label ? `${label}: ${t("page", { page, count: pageCount })}` : t("page", { page, count: pageCount })}
      className="mt-4 flex items-center gap-4"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} scroll={!keepScroll}>
          ← {t("prev")}
        </Link>
      ) : (
        <span aria-hidden className="text-ink-muted">
          ← {t("prev")}
        </span>
      )}
      <span>{t("page", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} scroll={!keepScroll}>
          {t("next")} →
        </Link>
      ) : (
        <span aria-hidden className="text-ink-muted">
          {t("next")} →
        </span>
      )}
    </nav>
  );
}

import { Pagination } from "@/components/ui/pagination";
import { pageOf, type Page } from "@/lib/infra/pagination";

/** A dashboard table shows this many regions at a time: 89 regions in three tables made a 0.5 MB page. */
export const REGIONS_PER_PAGE = 20;

/** Which page of regions a dashboard table shows: its URL parameter, and the dashboard's other parameters to keep. */
export type RegionPaging = { name: string; page: number; params: Record<string, string | undefined> };

export function regionPage<T>(regions: readonly T[], paging: RegionPaging | undefined): Page<T> {
  if (paging) return pageOf(regions, paging.page, REGIONS_PER_PAGE);
  return { items: [...regions], total: regions.length, page: 1, pageCount: 1 };
}

/** «Регионы 21–40 из 89» and the page links under a table; nothing when every region fits on one page. */
export function RegionPageNav({ page, paging, label }: { page: Page<unknown>; paging?: RegionPaging; label: string }) {
  if (!paging || page.pageCount <= 1) return null;
  const first = (page.page - 1) * REGIONS_PER_PAGE + 1;
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 text-sm">
      <span className="mt-4 text-ink-muted">
        Регионы {first}–{first + page.items.length - 1} из {page.total}
      </span>
      <Pagination
        name={paging.name}
        page={page.page}
        pageCount={page.pageCount}
        params={paging.params}
        label={label}
        keepScroll
      />
    </div>
  );
}

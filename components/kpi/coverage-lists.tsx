import type { KpiIndicator } from "@/lib/kpi/compute-kpi-report";
import type { CoverageItem } from "@/lib/kpi/get-coverage";

/**
 * Chart (c): one list (categories or directions) — covered and missing items by name, each with its count
 * as a link and a small bar, under a headline "covered N of target T" whose N links to the covered list.
 */
export function CoverageList({
  id,
  title,
  countLabel,
  indicator,
  items,
  coveredHref,
  itemHref,
}: {
  id: string;
  title: string;
  /** what an item's number counts («посещений», «мероприятий») */
  countLabel: string;
  indicator: KpiIndicator;
  items: CoverageItem[];
  coveredHref: string;
  itemHref: (item: CoverageItem) => string;
}) {
  const max = Math.max(1, ...items.map((i) => i.count));
  const missing = items.filter((i) => !i.covered);
  const share = Math.min(100, (indicator.value / Math.max(1, indicator.target)) * 100);
  return (
    <section aria-labelledby={id} className="card min-w-0">
      <h3 id={id} className="mb-1 text-lg font-semibold">
        {title}
      </h3>
      <p className="mb-2">
        Охвачено <a href={coveredHref}>{indicator.value}</a> из {items.length}, цель {indicator.target} —{" "}
        <span className={indicator.met ? "text-ok" : "text-bad"}>{indicator.met ? "✓ достигнута" : "✗ не достигнута"}</span>
      </p>
      <div className="mb-3 h-2 w-full overflow-hidden rounded bg-surface ring-1 ring-line" aria-hidden>
        <div className={`h-full ${indicator.met ? "bg-ok" : "bg-bad"}`} style={{ width: `${share}%` }} />
      </div>
      {missing.length > 0 && (
        <p className="mb-2 text-sm">
          <span className="font-medium">Не охвачены:</span> {missing.map((i) => i.name).join(", ")}.
        </p>
      )}
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Таблица: ${title}`}>
        <table className="table">
          <caption className="sr-only">{title}: охват за период</caption>
          <thead>
            <tr>
              <th scope="col">Название</th>
              <th scope="col">Охват</th>
              <th scope="col" className="text-right">
                {countLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row" className="font-normal">
                  {item.name}
                  {item.archived && <span className="text-ink-muted"> (в архиве)</span>}
                </th>
                <td className={`whitespace-nowrap ${item.covered ? "text-ok" : "text-bad"}`}>
                  {item.covered ? "✓ да" : "✗ нет"}
                </td>
                <td className="text-right">
                  <div className="flex items-center justify-end gap-2">
                    <span className="hidden h-2 w-16 overflow-hidden rounded bg-surface sm:block" aria-hidden>
                      <span className="block h-full bg-brand" style={{ width: `${(item.count / max) * 100}%` }} />
                    </span>
                    {item.covered ? <a href={itemHref(item)}>{item.count}</a> : item.count}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

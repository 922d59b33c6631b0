// Places of the regions from their counts (rating-method.ts): share of on-time fulfilment descending,
// then average delay ascending; equal on both share a place. Regions with nothing counted get no place.
import type { RatingCounts } from "./query-rating-counts";

export type RatingRow = {
  regionId: string;
  regionCode: string;
  regionName: string;
  /** null: no counted assignments */
  place: number | null;
  onTime: number;
  late: number;
  missing: number;
  /** due later and not accepted yet: shown, not counted */
  pending: number;
  counted: number;
  /** on time ÷ counted, percent with one decimal; null when nothing is counted */
  sharePercent: number | null;
  /** average delay in started days, one decimal; null when nothing is counted */
  averageDelayDays: number | null;
};

type Region = { id: string; code: string; name: string };

const round1 = (x: number) => Math.round(x * 10) / 10;

export function rankRegions(regions: Region[], counts: Omit<RatingCounts, "month">[]): RatingRow[] {
  const rows: (RatingRow & { exactShare: number; exactDelay: number })[] = regions.map((region) => {
    const own = counts.filter((c) => c.regionId === region.id);
    const sum = (key: "onTime" | "late" | "missing" | "pending" | "delayDays") => own.reduce((s, c) => s + c[key], 0);
    const [onTime, late, missing, pending, delay] = [
      sum("onTime"),
      sum("late"),
      sum("missing"),
      sum("pending"),
      sum("delayDays"),
    ];
    const counted = onTime + late + missing;
    // exact fractions decide places: rounding must not make unequal shares equal
    const exactShare = counted ? onTime / counted : -1;
    const exactDelay = counted ? delay / counted : Infinity;
    return {
      regionId: region.id,
      regionCode: region.code,
      regionName: region.name,
      place: null,
      onTime,
      late,
      missing,
      pending,
      counted,
      sharePercent: counted ? round1((100 * onTime) / counted) : null,
      averageDelayDays: counted ? round1(delay / counted) : null,
      exactShare,
      exactDelay,
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.counted > 0) - Number(a.counted > 0) ||
      b.exactShare - a.exactShare ||
      a.exactDelay - b.exactDelay ||
      a.regionName.localeCompare(b.regionName, "ru"),
  );
  let place = 0;
  rows.forEach((row, i) => {
    if (!row.counted) return;
    const previous = rows[i - 1];
    const tied = previous && previous.counted && previous.exactShare === row.exactShare && previous.exactDelay === row.exactDelay;
    place = tied ? place : i + 1;
    row.place = place;
  });
  return rows.map(({ exactShare: _s, exactDelay: _d, ...row }) => row);
}

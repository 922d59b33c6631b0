// Every list is paginated: page numbers come from the URL (?page=2), sizes are fixed per list.
export const PAGE_SIZE = 25;

export function pageFrom(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

export function pageArgs(page: number, size = PAGE_SIZE) {
  return { skip: (page - 1) * size, take: size };
}

export function toPage<T>(items: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

/** One page of a list already in memory (e.g. a report's regions); a page past the end shows the last one. */
export function pageOf<T>(all: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const shown = Math.min(Math.max(1, page), pageCount);
  return { items: all.slice((shown - 1) * size, shown * size), total: all.length, page: shown, pageCount };
}

import { describe, expect, it } from "vitest";
import { pageFrom, pageOf } from "./pagination";

describe("pageOf", () => {
  const regions = Array.from({ length: 89 }, (_, i) => `R${i + 1}`);

  it("cuts a list in memory into pages of the given size", () => {
    expect(pageOf(regions, 1, 20)).toMatchObject({ page: 1, pageCount: 5, total: 89, items: regions.slice(0, 20) });
    expect(pageOf(regions, 5, 20).items).toEqual(regions.slice(80));
  });

  it("shows the last page for a page past the end, the first for nonsense", () => {
    expect(pageOf(regions, 9, 20)).toMatchObject({ page: 5, items: regions.slice(80) });
    expect(pageOf(regions, pageFrom("abc"), 20).page).toBe(1);
    expect(pageOf([], 3, 20)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});

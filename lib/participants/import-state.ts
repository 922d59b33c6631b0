// What the import form shows after checking or writing a file (kept apart so client components can import it).
import type { ImportRow, RowError } from "./preview-participant-import";

export const PREVIEW_ROWS = 100;
export const PREVIEW_ERRORS = 500;

export type ImportState = {
  ok: boolean;
  message?: string;
  /** the first PREVIEW_ROWS rows and PREVIEW_ERRORS errors; the counts are of the whole file */
  rows?: Omit<ImportRow, "categoryId" | "regionId" | "existingId">[];
  errors?: RowError[];
  rowCount?: number;
  validCount?: number;
  invalidCount?: number;
  written?: { created: number; updated: number } | null;
};

import type { BundleProblem } from "../../bundle/bundle-problem";
import type { ImportCounts } from "../../bundle/write-bundle";

/** What the upload form shows after an import: the counts, or every problem with its JSON path. */
export type ImportUploadState = {
  ok: boolean;
  message?: string;
  counts?: ImportCounts;
  problems?: BundleProblem[];
  total?: number;
};

/**
 * Ids for new rows, increasing within an import (cuid-like: time, a random tag, a counter): index
 * inserts then append at the right edge instead of splitting pages all over a million-row B-tree.
 */
export function idSequence(): () => string {
  const prefix = `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6).padEnd(4, "0")}`;
  let counter = 0;
  return () => `${prefix}${(counter++).toString(36).padStart(7, "0")}`;
}

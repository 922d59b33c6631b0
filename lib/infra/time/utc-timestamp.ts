// timestamp(3) columns hold UTC wall time; a period bound goes into raw SQL as UTC wall time too, so
// every KPI statement compares instants the same way (`::timestamp` on this string).
export function utcTimestamp(d: Date): string {
  return d.toISOString().replace("T", " ").replace("Z", "");
}

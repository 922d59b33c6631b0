/** The assignment item's page: absolute when APP_URL is set (e-mails), a path otherwise. */
export function assignmentLink(itemId: string): string {
  const base = (process.env.APP_URL ?? "").replace(/\/+$/, "");
  return `${base}/assignments/${encodeURIComponent(itemId)}`;
}

/** yyyy-mm-dd → дд.мм.гггг */
export const ruDay = (isoDay: string) => isoDay.split("-").reverse().join(".");

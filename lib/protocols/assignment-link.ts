import { portalLink } from "../infra/http/app-url";

/** The assignment item's page, absolute from APP_URL (e-mails). */
export function assignmentLink(itemId: string): string {
  return portalLink(`/assignments/${encodeURIComponent(itemId)}`);
}

/** yyyy-mm-dd → дд.мм.гггг */
export const ruDay = (isoDay: string) => isoDay.split("-").reverse().join(".");

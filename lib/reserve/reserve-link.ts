/** A page of the reserve for e-mails: absolute when APP_URL is set, a path otherwise (as assignmentLink). */
export function reserveLink(path: string): string {
  return `${(process.env.APP_URL ?? "").replace(/\/+$/, "")}${path}`;
}

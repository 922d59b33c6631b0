import { formatDate } from "@/lib/format/format-date";

/** A date of the candidate card (stored as a UTC day), or a dash. */
export const day = (d: Date | null) => (d ? formatDate(d, "UTC") : "—");

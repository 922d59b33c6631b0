import { nextLocalDate, startOfLocalDay } from "../infra/time/period-bounds";
import { z } from "../infra/validation/zod";
import { SECURITY_EVENT_KIND_LIST } from "./security-event-kinds";

const day = z.iso.date().optional().catch(undefined);

/** The admin page's filters, from the URL: anything malformed is ignored, never a crash. */
export const securityLogFilterSchema = z
  .object({
    kind: z.enum(SECURITY_EVENT_KIND_LIST).optional().catch(undefined),
    who: z.string().max(200).optional().catch(undefined),
    from: day,
    to: day,
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .transform((f) => ({
    ...f,
    // whole days in UTC, as the log's times are shown
    fromInstant: f.from ? startOfLocalDay(f.from, "UTC") : null,
    toInstant: f.to ? startOfLocalDay(nextLocalDate(f.to), "UTC") : null,
  }));

export type SecurityLogFilter = z.infer<typeof securityLogFilterSchema>;

import { z } from "../infra/validation/zod";

/** yyyy-mm: the month of the rating (?month= and the snapshot form) */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const snapshotSchema = z.object({
  projectId: z.string().min(1),
  month: z.string({ error: "Выберите месяц" }).regex(MONTH_PATTERN, "Выберите месяц"),
});

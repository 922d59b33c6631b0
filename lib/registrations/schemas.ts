// Forms of the registrations page (the same schemas parse in the server actions).
import { z } from "../infra/validation/zod";

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

/** «Сохранить отметки»: the checked rows (`attended`) among the rows shown on the page (`shown`). */
export const attendanceListSchema = z.object({
  eventId: z.string().min(1, "Не указано мероприятие"),
  attended: ids,
  shown: ids,
});

export const promoteSchema = z.object({
  eventId: z.string().min(1, "Не указано мероприятие"),
  registrationId: z.string().min(1, "Не выбран участник"),
});

/** «Подтвердить заявку»: the same fields as a promotion. */
export const approveApplicationSchema = promoteSchema;

/** «Отклонить заявку»: a reason is required, it goes to the participant. */
export const declineApplicationSchema = promoteSchema.extend({
  reason: z
    .string({ error: "Укажите причину отказа" })
    .trim()
    .min(5, "Причина отказа — не короче 5 символов")
    .max(1000, "Не длиннее 1000 символов"),
});

export const registrantStatusSchema = z
  .enum(["pending", "registered", "waitlisted", "cancelled", "declined"])
  .optional()
  .catch(undefined);

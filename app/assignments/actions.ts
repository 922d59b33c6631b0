"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { filesFromForm } from "@/lib/files/files-from-form";
import { db } from "@/lib/infra/db/client";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { reviewReport } from "@/lib/protocols/review-report";
import { itemIdSchema, reportSchema, responsibleSchema, reviewSchema } from "@/lib/protocols/schemas";
import { setResponsible } from "@/lib/protocols/set-responsible";
import { startAssignment } from "@/lib/protocols/start-assignment";
import { submitReport } from "@/lib/protocols/submit-report";

const refresh = (itemId: string) => {
  revalidatePath(`/assignments/${itemId}`);
  revalidatePath("/assignments");
  revalidatePath("/rating");
};

export const startAssignmentAction = formAction(itemIdSchema, async (input, { user }) => {
  await startAssignment(db, user, input.itemId);
  refresh(input.itemId);
  return { ok: true, message: "Поручение взято в работу" };
});

export const submitReportAction = formAction(reportSchema, async (input, { user, formData }) => {
  await submitReport(db, user, { ...input, files: filesFromForm(formData, "files") });
  deliverOutboxSoon(db);
  refresh(input.itemId);
  return { ok: true, message: "Отчёт представлен" };
});

export const reviewReportAction = formAction(reviewSchema, async (input, { user }) => {
  await reviewReport(db, user, input);
  deliverOutboxSoon(db);
  refresh(input.itemId);
  return { ok: true, message: input.decision === "accepted" ? "Отчёт принят" : "Отчёт возвращён на доработку" };
});

export const setResponsibleAction = formAction(responsibleSchema, async (input, { user }) => {
  await setResponsible(db, user, input);
  deliverOutboxSoon(db);
  refresh(input.itemId);
  return { ok: true, message: input.responsibleId ? "Ответственный назначен" : "Ответственный снят" };
});

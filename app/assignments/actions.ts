"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { db } from "@/lib/db/client";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { reviewReport } from "@/lib/protocols/review-report";
import { itemIdSchema, reportSchema, reviewSchema } from "@/lib/protocols/schemas";
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

export const submitReportAction = formAction(reportSchema, async (input, { user }) => {
  await submitReport(db, user, input);
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

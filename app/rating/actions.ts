"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/infra/http/form-action";
import { db } from "@/lib/infra/db/client";
import { monthLabel } from "@/lib/infra/time/month-names";
import { snapshotSchema } from "@/lib/rating/schemas";
import { takeRatingSnapshot } from "@/lib/rating/take-rating-snapshot";

export const takeSnapshotAction = formAction(snapshotSchema, async (input, { user }) => {
  const [year, month] = input.month.split("-").map(Number);
  await takeRatingSnapshot(db, user, { projectId: input.projectId, year, month });
  revalidatePath("/rating");
  return { ok: true, message: `Срез за ${monthLabel(year, month)} зафиксирован` };
});

"use server";
// Server actions of mentoring: the mentor's meetings log, the mentee's rating of the mentor, ending a pair.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/infra/db/client";
import { formAction } from "@/lib/infra/http/form-action";
import { endPairSchema, meetingSchema, mentorRatingSchema } from "@/lib/reserve/mentoring/schemas";
import { endMentorPair } from "@/lib/reserve/mentoring/end-mentor-pair";
import { logMentorMeeting } from "@/lib/reserve/mentoring/log-mentor-meeting";
import { rateMentor } from "@/lib/reserve/mentoring/rate-mentor";

export const logMeetingAction = formAction(meetingSchema, async (input, { user }) => {
  await logMentorMeeting(db, user, input);
  revalidatePath("/reserve/mentees");
  return { ok: true, message: "Встреча записана в журнал" };
});

export const rateMentorAction = formAction(mentorRatingSchema, async (input, { user }) => {
  await rateMentor(db, user, input);
  revalidatePath("/my/reserve");
  return { ok: true, message: "Спасибо, оценка сохранена" };
});

export const endPairAction = formAction(endPairSchema, async (input, { user }) => {
  await endMentorPair(db, user, input);
  revalidatePath("/reserve/candidates/[id]", "page");
  return { ok: true, message: "Наставничество завершено" };
});

"use server";
// Server actions of mentoring: the mentor's meetings log and the mentee's rating of the mentor.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client";
import { formAction } from "@/lib/actions/form-action";
import { meetingSchema, mentorRatingSchema } from "@/lib/reserve/mentoring/schemas";
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

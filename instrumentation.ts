// Next.js calls register() once when a server instance starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ db }, { startReminderSchedule }] = await Promise.all([
    import("./lib/db/client"),
    import("./lib/notifications/schedule-reminders"),
  ]);
  startReminderSchedule(db);
}

// Next.js calls register() once when a server instance starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ db }, { startReminderSchedule }] = await Promise.all([
    import("./lib/db/client"),
    import("./lib/notifications/schedule-reminders"),
  ]);
  startReminderSchedule(db);
  // with a PostgreSQL server several instances may serve the app: they must share both secrets
  if (process.env.DATABASE_URL && (!process.env.AUTH_SECRET || !process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY)) {
    console.warn(
      "Внимание: AUTH_SECRET и NEXT_SERVER_ACTIONS_ENCRYPTION_KEY обязательны в production и должны совпадать на всех экземплярах (docs/security.md, «Sign-in security»).",
    );
  }
}

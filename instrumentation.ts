// Next.js calls register() once when a server instance starts (never during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ appUrlProblem }, { parseTrustedProxies }, { installPeerAddressHeader }] = await Promise.all([
    import("./lib/infra/http/app-url"),
    import("./lib/infra/http/client-address"),
    import("./lib/infra/http/peer-address"),
  ]);
  // a wrong address in e-mails or a mistyped proxy list is a configuration error: refuse to start
  const problems = [appUrlProblem()];
  try {
    parseTrustedProxies(process.env.TRUSTED_PROXIES);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.some(Boolean)) {
    console.error(`Портал не запущен (the portal did not start):\n${problems.filter(Boolean).join("\n")}`);
    process.exit(1);
  }
  installPeerAddressHeader();

  const [{ db }, { startReminderSchedule }] = await Promise.all([
    import("./lib/infra/db/client"),
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

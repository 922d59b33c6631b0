// npm run reminders — напоминания накануне: queues one message per registered participant of every
// planned event that starts tomorrow (in its region's time zone; repeated runs add nothing), then
// delivers the outbox by SMTP (SMTP_URL, MAIL_FROM). Without SMTP_URL the messages stay on /admin/outbox.
// Run it once a day (cron, systemd timer); it also retries messages that failed before.
import { cliError } from "../lib/cli/database-error";
import { runCli } from "../lib/cli/run-cli";
import { db } from "../lib/db/client";
import { stopEmbeddedServer } from "../lib/db/embedded-server";
import { deliverOutbox } from "../lib/notifications/deliver-outbox";
import { enqueueDayBeforeReminders } from "../lib/notifications/enqueue-reminders";

runCli(async () => {
  try {
    const queued = await enqueueDayBeforeReminders(db, new Date());
    console.log(`Напоминания: мероприятий завтра — ${queued.events}, новых писем — ${queued.messages}.`);
    const delivery = await deliverOutbox(db);
    if (!delivery.configured) console.log("SMTP_URL не задан: письма не отправлены и доступны на странице /admin/outbox.");
    else console.log(`Отправлено писем: ${delivery.sent}, с ошибкой: ${delivery.failed}.`);
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

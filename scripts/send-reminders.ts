// npm run reminders — напоминания накануне: queues one message per registered participant of every
// planned event that starts tomorrow (in its region's time zone; repeated runs add nothing), queues the
// feedback invitations and reminders (surveys), then delivers the outbox by SMTP (SMTP_URL, MAIL_FROM).
// Without SMTP_URL the messages stay on /admin/outbox. The portal runs the same round itself
// (REMINDERS_EVERY_MINUTES); this script is for cron when that is turned off.
// It also retries messages that failed before.
import { cliError } from "../lib/infra/cli/database-error";
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { runReminderRound } from "../lib/notifications/schedule-reminders";

runCli(async () => {
  try {
    const round = await runReminderRound(db, new Date(), { rethrow: true });
    const { queued, feedback, assignments, cyclogram, delivery, purged } = round!;
    console.log(`Напоминания: мероприятий завтра — ${queued.events}, новых писем — ${queued.messages}.`);
    console.log(`Анкеты: приглашений — ${feedback.invitations}, напоминаний — ${feedback.reminders}.`);
    console.log(`Поручения: напоминаний о сроке — ${assignments.dueSoon}, о просрочке — ${assignments.overdue}.`);
    console.log(`Циклограмма резерва: напоминаний о сроке — ${cyclogram.dueSoon}, о просрочке — ${cyclogram.overdue}.`);
    if (!delivery.configured) console.log("SMTP_URL не задан: письма не отправлены и доступны на странице /admin/outbox.");
    else console.log(`Отправлено писем: ${delivery.sent}, с ошибкой: ${delivery.failed}.`);
    console.log(`Удалено писем старше срока хранения: ${purged}.`);
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

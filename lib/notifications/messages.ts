// Тексты писем участникам: plain Russian text with the event's title, start and end in the event
// region's time zone (дд.мм.гггг чч:мм), the venue or online link and a link to the event page.
import { formatDate, formatDateTime } from "../infra/time/format-date";
import { portalLink } from "../infra/http/app-url";

export const NOTIFICATION_KINDS = [
  "application_received",
  "application_declined",
  "registration_confirmed",
  "waitlisted",
  "promoted",
  "event_changed",
  "event_cancelled",
  "reminder",
  "feedback_invitation",
  "feedback_reminder",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  application_received: "Заявка принята к рассмотрению",
  application_declined: "Заявка отклонена",
  registration_confirmed: "Запись подтверждена",
  waitlisted: "Лист ожидания",
  promoted: "Перевод из листа ожидания",
  event_changed: "Изменение мероприятия",
  event_cancelled: "Отмена мероприятия",
  reminder: "Напоминание",
  feedback_invitation: "Приглашение оценить мероприятие",
  feedback_reminder: "Напоминание об анкете",
};

/** What a message says about the event. */
export type MessageEvent = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  onlineUrl: string | null;
  cancelReason: string | null;
  /** The event region's time zone. */
  timezone: string;
};

export type MessageDetails = {
  fullName: string;
  /** Place on the wait-list (waitlisted). */
  position?: number | null;
  /** The organizer's reason (application_declined). */
  reason?: string | null;
  /** When the feedback form closes (feedback_invitation, feedback_reminder). */
  closesAt?: Date | null;
};

export type BuiltMessage = { subject: string; body: string };

/** The event page, absolute from APP_URL (the portal's public address): e-mails are read outside it. */
export function eventLink(eventId: string): string {
  return portalLink(`/events/${encodeURIComponent(eventId)}`);
}

function when(event: MessageEvent): string {
  const start = formatDateTime(event.startsAt, event.timezone);
  const sameDay = formatDate(event.startsAt, event.timezone) === formatDate(event.endsAt, event.timezone);
  const end = sameDay ? formatDateTime(event.endsAt, event.timezone).slice(-5) : formatDateTime(event.endsAt, event.timezone);
  return `${start} – ${end}`;
}

function where(event: MessageEvent): string[] {
  const lines: string[] = [];
  const place = [event.venue, event.address].filter(Boolean).join(", ");
  if (place) lines.push(`Место: ${place}`);
  if (event.onlineUrl) lines.push(`Ссылка для подключения: ${event.onlineUrl}`);
  if (!lines.length) lines.push("Место: уточняется");
  return lines;
}

function eventBlock(event: MessageEvent): string[] {
  return [
    `«${event.title}»`,
    `Когда: ${when(event)} (время региона проведения)`,
    ...where(event),
    `Страница мероприятия: ${eventLink(event.id)}`,
  ];
}

const SIGNATURE = ["", "—", "Кадровый портал. Это письмо отправлено автоматически, отвечать на него не нужно."];

export function buildMessage(kind: NotificationKind, event: MessageEvent, details: MessageDetails): BuiltMessage {
  const greeting = `Здравствуйте, ${details.fullName}!`;
  const compose = (subject: string, lead: string[], tail: string[] = []): BuiltMessage => ({
    subject: `${subject}: ${event.title}`,
    body: [greeting, "", ...lead, "", ...eventBlock(event), ...(tail.length ? ["", ...tail] : []), ...SIGNATURE].join("\n"),
  });
  switch (kind) {
    case "application_received":
      return compose(
        "Заявка принята к рассмотрению",
        ["Запись на мероприятие проходит с подтверждением организатора. Ваша заявка получена:"],
        ["О решении мы сообщим письмом. Отозвать заявку можно на странице мероприятия."],
      );
    case "application_declined":
      return compose("Заявка отклонена", [
        "К сожалению, организатор отклонил вашу заявку на мероприятие.",
        `Причина: ${details.reason?.trim() || "не указана"}`,
      ]);
    case "registration_confirmed":
      return compose(
        "Запись подтверждена",
        ["Вы записаны на мероприятие:"],
        ["Если планы изменятся, отмените запись на странице мероприятия — место достанется следующему."],
      );
    case "waitlisted":
      return compose(
        `Вы в листе ожидания, место ${details.position ?? "—"}`,
        [`Свободных мест на мероприятие нет: вы в листе ожидания, место в очереди — ${details.position ?? "—"}.`],
        ["Когда место освободится, мы запишем вас автоматически и сообщим об этом письмом."],
      );
    case "promoted":
      return compose(
        "Место освободилось: вы записаны",
        ["Место на мероприятии освободилось, и вы переведены из листа ожидания в записанные:"],
        ["Если вы не сможете прийти, отмените запись на странице мероприятия."],
      );
    case "event_changed":
      return compose("Мероприятие изменено", [
        "Изменились время или место мероприятия, на которое вы записаны. Актуальные сведения:",
      ]);
    case "event_cancelled":
      return compose("Мероприятие отменено", [
        "К сожалению, мероприятие, на которое вы записаны, отменено.",
        `Причина: ${event.cancelReason?.trim() || "не указана"}`,
      ]);
    case "feedback_invitation":
    case "feedback_reminder": {
      const until = details.closesAt ? formatDateTime(details.closesAt, event.timezone) : "—";
      const form = `${eventLink(event.id)}/feedback`;
      return compose(
        kind === "feedback_invitation" ? "Оцените мероприятие" : "Анкета скоро закроется",
        kind === "feedback_invitation"
          ? ["Спасибо, что приняли участие в мероприятии. Пожалуйста, оцените его — это займёт пару минут:"]
          : ["Вы ещё не ответили на анкету по мероприятию, в котором участвовали:"],
        [`Анкета: ${form}`, `Ответить можно до ${until} (время региона проведения).`],
      );
    }
    case "reminder":
      return compose("Напоминание: мероприятие завтра", [
        "Напоминаем, что завтра состоится мероприятие, на которое вы записаны:",
      ]);
  }
}

// Окно анкетирования: a held event can be rated from the moment it is marked held until its end plus the
// project's feedbackWindowDays (14 by default); answers can be changed while the window is open.
export type FeedbackWindow = { open: boolean; closesAt: Date; reason: string | null };

const DAY = 24 * 3600_000;

export function feedbackClosesAt(event: { endsAt: Date }, windowDays: number): Date {
  return new Date(event.endsAt.getTime() + windowDays * DAY);
}

export function feedbackWindow(event: { status: string; endsAt: Date }, windowDays: number, now = new Date()): FeedbackWindow {
  const closesAt = feedbackClosesAt(event, windowDays);
  if (event.status !== "held") {
    return { open: false, closesAt, reason: "Анкета откроется, когда организатор отметит мероприятие проведённым" };
  }
  if (now > closesAt) return { open: false, closesAt, reason: "Срок анкетирования по этому мероприятию истёк" };
  return { open: true, closesAt, reason: null };
}

// When an expert may write (and change) a conclusion: once the event has started — it is held, or its
// start has passed and it was not cancelled. The organizer need not have marked it held yet: the expert
// writes while the impressions are fresh. A cancelled event or one yet to start takes no conclusions.
export function conclusionOpen(event: { status: string; startsAt: Date }, now = new Date()): { open: boolean; reason?: string } {
  if (event.status === "cancelled") return { open: false, reason: "Мероприятие отменено — заключение не пишется" };
  if (event.status === "held" || event.startsAt <= now) return { open: true };
  return { open: false, reason: "Заключение можно написать, когда мероприятие начнётся" };
}

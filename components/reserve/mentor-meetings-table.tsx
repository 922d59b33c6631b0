// Журнал встреч наставника и наставляемого: for the organizer's card and the mentor's list with the
// mentor's notes; the mentee sees the dates, topics and next steps only.
import { formatDate } from "@/lib/infra/time/format-date";

type Meeting = { id: string; heldOn: Date; topic: string; notes: string; nextSteps: string };

export function MentorMeetingsTable({
  meetings,
  caption,
  withNotes,
  className = "table",
}: {
  meetings: Meeting[];
  caption?: string;
  withNotes: boolean;
  className?: string;
}) {
  return (
    <table className={className}>
      {caption && <caption className="text-left font-semibold">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Дата</th>
          <th scope="col">Тема</th>
          {withNotes && <th scope="col">Заметки</th>}
          <th scope="col">Следующие шаги</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>{formatDate(m.heldOn, "UTC")}</td>
            <td>{m.topic}</td>
            {withNotes && <td className="whitespace-pre-line">{m.notes || "—"}</td>}
            <td className="whitespace-pre-line">{m.nextSteps || "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";
import { formatDateTime } from "@/lib/infra/time/format-date";
import { EVENT_STATUS_NAMES } from "@/lib/events/labels";
import type { FormatNames } from "@/lib/reference/event-format-names";
import type { EventFormat, EventStatus } from "@prisma/client";

export type EventRow = {
  id: string;
  title: string;
  startsAt: Date;
  format: EventFormat;
  status: EventStatus;
  capacity: number | null;
  region: { name: string; timezone: string };
  /** people holding a place (status «registered») */
  registered: number;
};

export function EventTable({ events, formatNames }: { events: EventRow[]; formatNames: FormatNames }) {
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Мероприятие</th>
            <th scope="col">Дата и время</th>
            <th scope="col">Регион</th>
            <th scope="col">Форма</th>
            <th scope="col">Статус</th>
            <th scope="col">Записано</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={`/events/${e.id}`}>{e.title}</Link>
              </td>
              <td className="whitespace-nowrap">{formatDateTime(e.startsAt, e.region.timezone)}</td>
              <td>{e.region.name}</td>
              <td>{formatNames[e.format]}</td>
              <td>{EVENT_STATUS_NAMES[e.status]}</td>
              <td>
                {e.registered}
                {e.capacity ? ` из ${e.capacity}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CancelRegistrationButton } from "@/components/events/cancel-registration-button";
import { formatDateTime } from "@/lib/infra/time/format-date";
import type { MyEventItem } from "@/lib/registrations/list-my-events";

/** A section of «Мои мероприятия»: upcoming (with cancelling) or past (with attendance). */
export async function MyEventsTable({ items, past }: { items: MyEventItem[]; past: boolean }) {
  const t = await getTranslations("myEvents");
  const status = (item: MyEventItem) =>
    item.status === "waitlisted"
      ? item.position
        ? t("waitlisted", { position: item.position })
        : t("waitlistedNoPlace")
      : t(item.status);
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("event")}</th>
            <th scope="col">{t("dateTime")}</th>
            <th scope="col">{t("region")}</th>
            <th scope="col">{t("status")}</th>
            {past && <th scope="col">{t("attended")}</th>}
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`/events/${item.event.id}`}>{item.event.title}</Link>
                {item.event.status === "cancelled" && <div className="text-sm text-bad">{t("eventCancelled")}</div>}
              </td>
              <td className="whitespace-nowrap">{formatDateTime(item.event.startsAt, item.event.region.timezone)}</td>
              <td>{item.event.region.name}</td>
              <td>{status(item)}</td>
              {past && <td>{item.status === "cancelled" ? "—" : item.attended ? t("wasThere") : t("wasNotThere")}</td>}
              <td>
                <div className="flex flex-col items-start gap-2">
                  {/* a plain link: the browser downloads the file (not a client-side navigation) */}
                  <a href={`/events/${item.event.id}/event.ics`} download>
                    {t("ics")}
                  </a>
                  {item.canCancel && <CancelRegistrationButton eventId={item.event.id} label={t("cancel")} />}
                  {item.feedback === "open" && (
                    <Link href={`/events/${item.event.id}/feedback`} className="btn py-1">
                      {t("rate")}
                    </Link>
                  )}
                  {item.feedback === "answered" && <Link href={`/events/${item.event.id}/feedback`}>{t("rated")}</Link>}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

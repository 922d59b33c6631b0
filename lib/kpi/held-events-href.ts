// eventsHeld drill-down: the ordinary events list (/events) filtered to held events of the project whose
// start falls in [from, to] (local days in the project's zone, the same bounds as periodBounds) and,
// optionally, hosted in one region (the list's region filter takes the region id).
import { eventsHref } from "../events/event-filter";

export function heldEventsHref(
  projectCode: string,
  range: { from: string; to: string },
  extra: { regionId?: string; directionId?: string } = {},
): string {
  return eventsHref({
    project: projectCode,
    status: "held",
    from: range.from,
    to: range.to,
    region: extra.regionId,
    direction: extra.directionId,
  });
}

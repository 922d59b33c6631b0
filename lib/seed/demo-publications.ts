// Coverage of the project: each held event gets one to three publications on its region's resources
// (sometimes on the project site too), planned events an announcement on the regional portal, and each
// region an announcement of the project in January and September. Nothing is dated after DEMO_TODAY.
import { ANNOUNCEMENTS, DEMO_RESOURCES, HEADLINES, type DemoResource } from "./data/media";
import { endsAtOf, startsAtOf, type DemoEvent } from "./data/event-types";
import { DEMO_REGIONS, DEMO_TODAY, type RegionCode } from "./data/reference";
import type { Random } from "./prng";

export type DemoPublication = {
  resourceCode: string;
  regionCode: RegionCode;
  eventCode?: string;
  url: string;
  publishedAt: string;
  title: string;
};

const PROJECT_SITE = DEMO_RESOURCES.find((r) => r.regionCode === null)!;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const MSK = 3 * HOUR; // Europe/Moscow: UTC+3 all year
const isoMoscow = (ms: number) => new Date(ms + MSK).toISOString().slice(0, 19) + "+03:00";
const midnightOf = (ms: number) => Math.floor((ms + MSK) / DAY) * DAY - MSK;
const LAST_DAY = midnightOf(DEMO_TODAY.getTime()) - DAY; // yesterday: nothing is published "in the future"

/** A moment in office hours (09:00–19:30 Moscow) `days` days after `after` (and after it), or in the last days before DEMO_TODAY. */
function officeHours(random: Random, after: number, days: number): number {
  let day = midnightOf(after) + days * DAY;
  const tooLate = day > LAST_DAY;
  if (tooLate) day = LAST_DAY - random.int(0, 2) * DAY;
  const at = day + random.int(9, 19) * HOUR + random.pick([0, 30]) * 60_000;
  return tooLate ? at : Math.max(after + HOUR, at);
}

export function generatePublications(random: Random, events: DemoEvent[]): DemoPublication[] {
  const publications: DemoPublication[] = [];
  const ownResources = (region: RegionCode) => DEMO_RESOURCES.filter((r) => r.regionCode === region);
  const portalOf = (region: RegionCode) => ownResources(region).find((r) => r.kind === "portal")!;
  const publish = (resource: DemoResource, regionCode: RegionCode, path: string, at: number, title: string, eventCode?: string) =>
    publications.push({
      resourceCode: resource.code,
      regionCode,
      ...(eventCode && { eventCode }),
      url: `${resource.url}/${path}`,
      publishedAt: isoMoscow(at),
      title,
    });

  ANNOUNCEMENTS.forEach((announcement, i) => {
    for (const region of DEMO_REGIONS) {
      publish(
        portalOf(region.code),
        region.code,
        `news/2026/zolotoe-koltso-${i + 1}`,
        Date.parse(announcement.date),
        announcement.title,
      );
    }
  });

  for (const event of events) {
    const slug = event.code.toLowerCase();
    if (event.status === "planned") {
      const at = officeHours(random, Date.parse(startsAtOf(event)) - 15 * DAY, 0);
      publish(portalOf(event.regionCode), event.regionCode, `anons/${slug}`, at, `Анонс: ${event.title}`, event.code);
      continue;
    }
    if (event.status !== "held") continue;
    const ended = Date.parse(endsAtOf(event));
    const resources = random.shuffle(ownResources(event.regionCode)).slice(0, random.int(1, 3));
    // results of competitions and big meetings also go to the project site
    if (event.format === "competition" || random.chance(0.2)) resources.push(PROJECT_SITE);
    for (const resource of resources) {
      const at = officeHours(random, ended, random.int(0, 3));
      const title = random.pick(HEADLINES).replace("{title}", event.title);
      publish(resource, event.regionCode, `news/2026/${slug}`, at, title, event.code);
    }
  }
  return publications;
}

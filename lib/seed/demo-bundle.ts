// The demo project as a kadry-bundle/1 (docs/spec/bundle-format.md): the seed writes it with the
// bundle importer, the same code path as `npm run import`, so there is one way to write project data.
import { BUNDLE_FORMAT, type BundleJson } from "../bundle/bundle-schema";
import { endsAtOf, startsAtOf } from "./data/event-types";
import { DEMO_CATEGORIES, DEMO_DIRECTIONS, DEMO_PROJECT, DEMO_REGIONS } from "./data/reference";
import { buildDemoData, type DemoData } from "./demo-data";

export function buildDemoBundle(data: DemoData = buildDemoData()): BundleJson {
  return {
    format: BUNDLE_FORMAT,
    project: { ...DEMO_PROJECT, targets: { ...DEMO_PROJECT.targets } },
    regions: DEMO_REGIONS.map(({ code, name, timezone }) => ({ code, name, timezone })),
    categories: DEMO_CATEGORIES.map(({ code, name }) => ({ code, name })),
    directions: DEMO_DIRECTIONS.map(({ code, name }) => ({ code, name })),
    experts: data.experts.map(({ code, fullName, independent, regionCode }) => ({ code, fullName, independent, regionCode })),
    participants: data.participants.map(({ code, fullName, email, categoryCode, regionCode }) => ({
      code,
      fullName,
      email,
      categoryCode,
      regionCode,
    })),
    events: data.events.map((e) => ({
      code: e.code,
      title: e.title,
      regionCode: e.regionCode,
      format: e.format,
      directionCode: e.directionCode,
      startsAt: startsAtOf(e),
      endsAt: endsAtOf(e),
      status: e.status,
      ...(e.capacity !== undefined && { capacity: e.capacity }),
      expertCodes: e.expertCodes,
    })),
    registrations: data.registrations.map((r) => ({ ...r })),
    feedback: data.feedback.map((f) => ({ ...f })),
    informationResources: data.resources.map(({ code, name, kind }) => ({ code, name, kind })),
    publications: data.publications.map(({ resourceCode, regionCode, eventCode, url, publishedAt }) => ({
      resourceCode,
      regionCode,
      ...(eventCode && { eventCode }),
      url,
      publishedAt,
    })),
  };
}

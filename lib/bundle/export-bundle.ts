// Выгрузка пакета: the whole project as kadry-bundle/1, which validates and, imported into an empty
// database, gives the same KPI reports. Records are ordered by code so that two exports of the same
// data are identical. Large lists are read with one joined query each (codes, not ids).
import "server-only";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { BUNDLE_FORMAT, type BundleJson } from "./bundle-schema";

const iso = (d: Date) => d.toISOString();

export async function exportBundle(db: DbTx, projectCode: string): Promise<BundleJson> {
  const project = await db.project.findUnique({ where: { code: projectCode } });
  if (!project) throw new AppError("NOT_FOUND", `Проект «${projectCode}» не найден`);
  const projectId = project.id;
  const byCode = { code: "asc" } as const;

  const [
    regions,
    categories,
    directions,
    experts,
    participants,
    events,
    eventExperts,
    registrations,
    feedback,
    resources,
    publications,
  ] = await Promise.all([
    db.region.findMany({
      where: { projects: { some: { projectId } } },
      orderBy: byCode,
      select: { code: true, name: true, timezone: true },
    }),
    db.participantCategory.findMany({ where: { projectId }, orderBy: byCode, select: { code: true, name: true } }),
    db.direction.findMany({ where: { projectId }, orderBy: byCode, select: { code: true, name: true } }),
    db.expert.findMany({
      where: { projectId },
      orderBy: byCode,
      select: { code: true, fullName: true, independent: true, region: { select: { code: true } } },
    }),
    db.$queryRaw<{ code: string; fullName: string; email: string | null; categoryCode: string; regionCode: string }[]>`
        SELECT p.code, p."fullName", p.email, c.code AS "categoryCode", r.code AS "regionCode"
          FROM "Participant" p JOIN "ParticipantCategory" c ON c.id = p."categoryId" JOIN "Region" r ON r.id = p."regionId"
         WHERE p."projectId" = ${projectId} ORDER BY p.code`,
    db.$queryRaw<
      {
        code: string;
        title: string;
        regionCode: string;
        format: string;
        directionCode: string;
        startsAt: Date;
        endsAt: Date;
        status: string;
        capacity: number | null;
      }[]
    >`
        SELECT e.code, e.title, r.code AS "regionCode", e.format::text AS format, d.code AS "directionCode",
               e."startsAt", e."endsAt", e.status::text AS status, e.capacity
          FROM "Event" e JOIN "Region" r ON r.id = e."regionId" JOIN "Direction" d ON d.id = e."directionId"
         WHERE e."projectId" = ${projectId} ORDER BY e.code`,
    db.$queryRaw<{ eventCode: string; expertCode: string }[]>`
        SELECT e.code AS "eventCode", x.code AS "expertCode"
          FROM "EventExpert" ee JOIN "Event" e ON e.id = ee."eventId" JOIN "Expert" x ON x.id = ee."expertId"
         WHERE e."projectId" = ${projectId} ORDER BY e.code, x.code`,
    db.$queryRaw<{ eventCode: string; participantCode: string; status: string; attended: boolean }[]>`
        SELECT e.code AS "eventCode", p.code AS "participantCode",
               -- the bundle has no pending/declined: an application waits like the wait-list, a refusal is a cancellation
               CASE r.status WHEN 'pending' THEN 'waitlisted' WHEN 'declined' THEN 'cancelled' ELSE r.status::text END AS status,
               r.attended
          FROM "Registration" r JOIN "Event" e ON e.id = r."eventId" JOIN "Participant" p ON p.id = r."participantId"
         WHERE e."projectId" = ${projectId} ORDER BY e.code, p.code`,
    db.$queryRaw<{ eventCode: string; participantCode: string; rating: number; comment: string | null }[]>`
        SELECT e.code AS "eventCode", p.code AS "participantCode", f.rating, f.comment
          FROM "Feedback" f JOIN "Event" e ON e.id = f."eventId" JOIN "Participant" p ON p.id = f."participantId"
         WHERE e."projectId" = ${projectId} ORDER BY e.code, p.code`,
    db.informationResource.findMany({ where: { projectId }, orderBy: byCode, select: { code: true, name: true, kind: true } }),
    db.$queryRaw<{ resourceCode: string; regionCode: string; eventCode: string | null; url: string; publishedAt: Date }[]>`
        SELECT ir.code AS "resourceCode", r.code AS "regionCode", e.code AS "eventCode", p.url, p."publishedAt"
          FROM "Publication" p JOIN "InformationResource" ir ON ir.id = p."resourceId" JOIN "Region" r ON r.id = p."regionId"
          LEFT JOIN "Event" e ON e.id = p."eventId"
         WHERE p."projectId" = ${projectId} ORDER BY ir.code, r.code, p.url`,
  ]);

  const expertsOf = new Map<string, string[]>();
  for (const link of eventExperts) {
    const list = expertsOf.get(link.eventCode);
    if (list) list.push(link.expertCode);
    else expertsOf.set(link.eventCode, [link.expertCode]);
  }

  return {
    format: BUNDLE_FORMAT,
    project: {
      code: project.code,
      name: project.name,
      year: project.year,
      timezone: project.timezone,
      targets: {
        eventsHeld: project.targetEventsHeld,
        categoriesCovered: project.targetCategoriesCovered,
        directionsCovered: project.targetDirectionsCovered,
        expertsPerRegion: project.targetExpertsPerRegion,
        infoResourcesPerRegion: project.targetInfoResourcesPerRegion,
        satisfactionAvg: Number(project.targetSatisfactionAvg),
      },
    },
    regions,
    categories,
    directions,
    experts: experts.map((x) => ({
      code: x.code,
      fullName: x.fullName,
      independent: x.independent,
      ...(x.region && { regionCode: x.region.code }),
    })),
    participants: participants.map((p) => ({
      code: p.code,
      fullName: p.fullName,
      ...(p.email && { email: p.email }),
      categoryCode: p.categoryCode,
      regionCode: p.regionCode,
    })),
    events: events.map((e) => ({
      code: e.code,
      title: e.title,
      regionCode: e.regionCode,
      format: e.format as BundleJson["events"][number]["format"],
      directionCode: e.directionCode,
      startsAt: iso(e.startsAt),
      endsAt: iso(e.endsAt),
      status: e.status as BundleJson["events"][number]["status"],
      ...(e.capacity !== null && { capacity: e.capacity }),
      expertCodes: expertsOf.get(e.code) ?? [],
    })),
    registrations: registrations.map((r) => ({
      eventCode: r.eventCode,
      participantCode: r.participantCode,
      status: r.status as BundleJson["registrations"][number]["status"],
      attended: r.attended,
    })),
    feedback: feedback.map((f) => ({
      eventCode: f.eventCode,
      participantCode: f.participantCode,
      rating: f.rating,
      ...(f.comment && { comment: f.comment }),
    })),
    informationResources: resources,
    publications: publications.map((p) => ({
      resourceCode: p.resourceCode,
      regionCode: p.regionCode,
      ...(p.eventCode && { eventCode: p.eventCode }),
      url: p.url,
      publishedAt: iso(p.publishedAt),
    })),
  };
}

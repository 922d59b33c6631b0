// Запись пакета: a validated bundle written with set-based upserts (INSERT … SELECT FROM json_array_elements(…)
// ON CONFLICT … DO UPDATE … WHERE changed), chunk by chunk, inside the caller's transaction. Rows that
// would not change are not touched, so a re-import writes nothing and reports every record unchanged.
import { Prisma } from "@prisma/client";
import type { DbTx } from "../db/client";
import type { Bundle, BundleListName } from "./bundle-schema";

/**
 * A stored registration status as the bundle writes it (export-bundle.ts): pending (заявка) is waitlisted,
 * declined is cancelled. An import that brings back the same bundle status keeps the finer stored one.
 */
const STORED_AS_BUNDLE = Prisma.sql`(CASE "Registration".status WHEN 'pending' THEN 'waitlisted' WHEN 'declined' THEN 'cancelled'
                                      ELSE "Registration".status::text END)::"RegistrationStatus"`;

export type ImportCount = { received: number; created: number; updated: number; unchanged: number };
export type ImportEntity = "project" | BundleListName | "eventExperts";
export type ImportCounts = Record<ImportEntity, ImportCount & { removed?: number }>;

type Changed = { created: number; updated: number };
const CHUNK = 20_000;

/**
 * Ids for new rows, increasing within an import (cuid-like: time, a random tag, a counter): index
 * inserts then append at the right edge instead of splitting pages all over a million-row B-tree.
 */
function idSequence(): () => string {
  const prefix = `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6).padEnd(4, "0")}`;
  let counter = 0;
  return () => `${prefix}${(counter++).toString(36).padStart(7, "0")}`;
}

const ts = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");
const count = (received: number, c: Changed): ImportCount => ({ ...c, received, unchanged: received - c.created - c.updated });

async function inChunks<T>(tx: DbTx, rows: T[], sql: (chunk: T[]) => Prisma.Sql): Promise<Changed> {
  const total = { created: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const [r] = await tx.$queryRaw<Changed[]>(sql(rows.slice(i, i + CHUNK)));
    total.created += r.created;
    total.updated += r.updated;
  }
  return total;
}

/**
 * Rows travel as one JSON parameter per chunk, unpacked in SQL — far cheaper for the driver than one
 * array parameter per column. `columns` names and types each tuple position.
 */
function rowsOf(tuples: unknown[][], columns: [name: string, type: string][]): Prisma.Sql {
  const select = columns.map(([name, type], i) => `(j->>${i})::${type} AS ${name}`).join(", ");
  return Prisma.sql`(SELECT ${Prisma.raw(select)} FROM json_array_elements(${JSON.stringify(tuples)}::json) AS j) AS b`;
}

// counts of an `INSERT … RETURNING (xmax = 0) AS inserted` (xmax is 0 only for a freshly inserted row)
const counted = (upsert: Prisma.Sql) => Prisma.sql`
  WITH up AS (${upsert})
  SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;

async function idsByCode(
  tx: DbTx,
  table: "ParticipantCategory" | "Direction" | "Expert" | "Participant" | "Event" | "InformationResource",
  projectId: string,
) {
  const rows = await tx.$queryRaw<{ code: string; id: string }[]>`
    SELECT code, id FROM ${Prisma.raw(`"${table}"`)} WHERE "projectId" = ${projectId}`;
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function writeBundle(tx: DbTx, bundle: Bundle): Promise<{ projectId: string; counts: ImportCounts }> {
  const { project } = bundle;
  const newId = idSequence();
  const targets = project.targets ?? {};
  const fields = {
    name: project.name,
    year: project.year,
    timezone: project.timezone,
    ...(targets.eventsHeld !== undefined && { targetEventsHeld: targets.eventsHeld }),
    ...(targets.categoriesCovered !== undefined && { targetCategoriesCovered: targets.categoriesCovered }),
    ...(targets.directionsCovered !== undefined && { targetDirectionsCovered: targets.directionsCovered }),
    ...(targets.expertsPerRegion !== undefined && { targetExpertsPerRegion: targets.expertsPerRegion }),
    ...(targets.infoResourcesPerRegion !== undefined && { targetInfoResourcesPerRegion: targets.infoResourcesPerRegion }),
    ...(targets.satisfactionAvg !== undefined && {
      targetSatisfactionAvg: new Prisma.Decimal(targets.satisfactionAvg.toFixed(2)),
    }),
  };
  const existing = await tx.project.findUnique({ where: { code: project.code } });
  let projectId: string;
  let projectChange: Changed = { created: 0, updated: 0 };
  if (!existing) {
    projectId = (await tx.project.create({ data: { code: project.code, ...fields }, select: { id: true } })).id;
    projectChange = { created: 1, updated: 0 };
  } else {
    projectId = existing.id;
    const changed = Object.entries(fields).some(
      ([key, value]) => String(existing[key as keyof typeof existing]) !== String(value),
    );
    if (changed) {
      await tx.project.update({ where: { id: projectId }, data: fields });
      projectChange = { created: 0, updated: 1 };
    }
  }

  // regions are shared by projects: upserted by their global code, then linked to this project
  const regions = await inChunks(tx, bundle.regions, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Region" (id, code, name, timezone)
    SELECT b.id, b.code, b.name, b.tz
      FROM ${rowsOf(
        rows.map((r) => [newId(), r.code, r.name, r.timezone]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["tz", "text"],
        ],
      )}
    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, timezone = EXCLUDED.timezone
     WHERE ("Region".name, "Region".timezone) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.timezone)
    RETURNING (xmax = 0) AS inserted`),
  );
  await tx.$executeRaw`
    INSERT INTO "ProjectRegion" ("projectId", "regionId")
    SELECT ${projectId}, r.id FROM "Region" r WHERE r.code = ANY(${bundle.regions.map((r) => r.code)}::text[])
    ON CONFLICT DO NOTHING`;
  const regionRows = await tx.$queryRaw<{ code: string; id: string }[]>`
    SELECT r.code, r.id FROM "Region" r JOIN "ProjectRegion" pr ON pr."regionId" = r.id WHERE pr."projectId" = ${projectId}`;
  const regionId = new Map(regionRows.map((r) => [r.code, r.id]));

  const named = (table: "ParticipantCategory" | "Direction", rows: { code: string; name: string }[]) =>
    inChunks(tx, rows, (chunk) =>
      counted(Prisma.sql`
      INSERT INTO ${Prisma.raw(`"${table}"`)} (id, "projectId", code, name)
      SELECT b.id, ${projectId}, b.code, b.name
        FROM ${rowsOf(
          chunk.map((r) => [newId(), r.code, r.name]),
          [
            ["id", "text"],
            ["code", "text"],
            ["name", "text"],
          ],
        )}
      ON CONFLICT ("projectId", code) DO UPDATE SET name = EXCLUDED.name
       WHERE ${Prisma.raw(`"${table}"`)}.name IS DISTINCT FROM EXCLUDED.name
      RETURNING (xmax = 0) AS inserted`),
    );
  const categories = await named("ParticipantCategory", bundle.categories);
  const directions = await named("Direction", bundle.directions);
  const categoryId = await idsByCode(tx, "ParticipantCategory", projectId);
  const directionId = await idsByCode(tx, "Direction", projectId);

  const experts = await inChunks(tx, bundle.experts, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Expert" (id, "projectId", code, "fullName", independent, "regionId", "updatedAt")
    SELECT b.id, ${projectId}, b.code, b.name, b.independent, b.region, now()
      FROM ${rowsOf(
        rows.map((r) => [newId(), r.code, r.fullName, r.independent, r.regionCode ? regionId.get(r.regionCode)! : null]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["independent", "boolean"],
          ["region", "text"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE
       SET "fullName" = EXCLUDED."fullName", independent = EXCLUDED.independent, "regionId" = EXCLUDED."regionId", "updatedAt" = now()
     WHERE ("Expert"."fullName", "Expert".independent, "Expert"."regionId") IS DISTINCT FROM (EXCLUDED."fullName", EXCLUDED.independent, EXCLUDED."regionId")
    RETURNING (xmax = 0) AS inserted`),
  );
  const expertId = await idsByCode(tx, "Expert", projectId);

  const participants = await inChunks(tx, bundle.participants, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Participant" (id, "projectId", code, "fullName", email, "categoryId", "regionId", "updatedAt")
    SELECT b.id, ${projectId}, b.code, b.name, b.email, b.category, b.region, now()
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          r.code,
          r.fullName,
          r.email ?? null,
          categoryId.get(r.categoryCode)!,
          regionId.get(r.regionCode)!,
        ]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["email", "text"],
          ["category", "text"],
          ["region", "text"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE
       SET "fullName" = EXCLUDED."fullName", email = EXCLUDED.email, "categoryId" = EXCLUDED."categoryId", "regionId" = EXCLUDED."regionId", "updatedAt" = now()
     WHERE ("Participant"."fullName", "Participant".email, "Participant"."categoryId", "Participant"."regionId")
           IS DISTINCT FROM (EXCLUDED."fullName", EXCLUDED.email, EXCLUDED."categoryId", EXCLUDED."regionId")
    RETURNING (xmax = 0) AS inserted`),
  );
  const participantId = await idsByCode(tx, "Participant", projectId);

  const events = await inChunks(tx, bundle.events, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Event" (id, "projectId", code, title, "regionId", format, "directionId", "startsAt", "endsAt", status, capacity,
                         "publishedAt", "updatedAt")
    SELECT b.id, ${projectId}, b.code, b.title, b.region, b.format::"EventFormat", b.direction, b.starts, b.ends,
           b.status::"EventStatus", b.capacity, now(), now()
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          r.code,
          r.title,
          regionId.get(r.regionCode)!,
          r.format,
          directionId.get(r.directionCode)!,
          ts(r.startsAt),
          ts(r.endsAt),
          r.status,
          r.capacity ?? null,
        ]),
        [
          ["id", "text"],
          ["code", "text"],
          ["title", "text"],
          ["region", "text"],
          ["format", "text"],
          ["direction", "text"],
          ["starts", "timestamp"],
          ["ends", "timestamp"],
          ["status", "text"],
          ["capacity", "int"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE
       SET title = EXCLUDED.title, "regionId" = EXCLUDED."regionId", format = EXCLUDED.format, "directionId" = EXCLUDED."directionId",
           "startsAt" = EXCLUDED."startsAt", "endsAt" = EXCLUDED."endsAt", status = EXCLUDED.status, capacity = EXCLUDED.capacity, "updatedAt" = now()
     WHERE ("Event".title, "Event"."regionId", "Event".format, "Event"."directionId", "Event"."startsAt", "Event"."endsAt", "Event".status, "Event".capacity)
           IS DISTINCT FROM (EXCLUDED.title, EXCLUDED."regionId", EXCLUDED.format, EXCLUDED."directionId", EXCLUDED."startsAt", EXCLUDED."endsAt", EXCLUDED.status, EXCLUDED.capacity)
    RETURNING (xmax = 0) AS inserted`),
  );
  const eventId = await idsByCode(tx, "Event", projectId);

  // an event's experts are part of the event: the bundle's list replaces the stored one
  const links = bundle.events.flatMap((e) =>
    [...new Set(e.expertCodes)].map((x) => [eventId.get(e.code)!, expertId.get(x)!] as const),
  );
  const bundleEventIds = bundle.events.map((e) => eventId.get(e.code)!);
  const removed = await tx.$executeRaw`
    DELETE FROM "EventExpert" ee
     USING unnest(${bundleEventIds}::text[]) AS touched(id)
     WHERE ee."eventId" = touched.id
       AND NOT EXISTS (SELECT 1 FROM ${rowsOf(links as unknown as string[][], [
         ["event", "text"],
         ["expert", "text"],
       ])}
                        WHERE b.event = ee."eventId" AND b.expert = ee."expertId")`;
  const eventExperts = await inChunks(tx, links, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "EventExpert" ("eventId", "expertId")
    SELECT b.event, b.expert FROM ${rowsOf(rows as unknown as string[][], [
      ["event", "text"],
      ["expert", "text"],
    ])}
    ON CONFLICT DO NOTHING
    RETURNING true AS inserted`),
  );

  const registrations = await inChunks(tx, bundle.registrations, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Registration" (id, "eventId", "participantId", status, attended, "updatedAt", "cancelledAt")
    SELECT b.id, b.event, b.participant, b.status::"RegistrationStatus", b.attended, now(),
           CASE WHEN b.status = 'cancelled' THEN now() END
      FROM ${rowsOf(
        rows.map((r) => [newId(), eventId.get(r.eventCode)!, participantId.get(r.participantCode)!, r.status, r.attended]),
        [
          ["id", "text"],
          ["event", "text"],
          ["participant", "text"],
          ["status", "text"],
          ["attended", "boolean"],
        ],
      )}
    ON CONFLICT ("eventId", "participantId") DO UPDATE
       SET status = CASE WHEN ${STORED_AS_BUNDLE} = EXCLUDED.status THEN "Registration".status ELSE EXCLUDED.status END,
           attended = EXCLUDED.attended, "updatedAt" = now(),
           "cancelledAt" = CASE WHEN EXCLUDED.status = 'cancelled' THEN coalesce("Registration"."cancelledAt", now()) END
     WHERE (${STORED_AS_BUNDLE}, "Registration".attended) IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.attended)
    RETURNING (xmax = 0) AS inserted`),
  );

  const feedback = await inChunks(tx, bundle.feedback, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Feedback" (id, "eventId", "participantId", rating, comment, "updatedAt")
    SELECT b.id, b.event, b.participant, b.rating, b.comment, now()
      FROM ${rowsOf(
        rows.map((r) => [newId(), eventId.get(r.eventCode)!, participantId.get(r.participantCode)!, r.rating, r.comment ?? null]),
        [
          ["id", "text"],
          ["event", "text"],
          ["participant", "text"],
          ["rating", "int"],
          ["comment", "text"],
        ],
      )}
    ON CONFLICT ("eventId", "participantId") DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, "updatedAt" = now()
     WHERE ("Feedback".rating, "Feedback".comment) IS DISTINCT FROM (EXCLUDED.rating, EXCLUDED.comment)
    RETURNING (xmax = 0) AS inserted`),
  );

  const informationResources = await inChunks(tx, bundle.informationResources, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "InformationResource" (id, "projectId", code, name, kind)
    SELECT b.id, ${projectId}, b.code, b.name, b.kind::"ResourceKind"
      FROM ${rowsOf(
        rows.map((r) => [newId(), r.code, r.name, r.kind]),
        [
          ["id", "text"],
          ["code", "text"],
          ["name", "text"],
          ["kind", "text"],
        ],
      )}
    ON CONFLICT ("projectId", code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind
     WHERE ("InformationResource".name, "InformationResource".kind) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.kind)
    RETURNING (xmax = 0) AS inserted`),
  );
  const resourceId = await idsByCode(tx, "InformationResource", projectId);

  const publications = await inChunks(tx, bundle.publications, (rows) =>
    counted(Prisma.sql`
    INSERT INTO "Publication" (id, "projectId", "resourceId", "regionId", "eventId", url, "publishedAt")
    SELECT b.id, ${projectId}, b.resource, b.region, b.event, b.url, b.published
      FROM ${rowsOf(
        rows.map((r) => [
          newId(),
          resourceId.get(r.resourceCode)!,
          regionId.get(r.regionCode)!,
          r.eventCode ? eventId.get(r.eventCode)! : null,
          r.url,
          ts(r.publishedAt),
        ]),
        [
          ["id", "text"],
          ["resource", "text"],
          ["region", "text"],
          ["event", "text"],
          ["url", "text"],
          ["published", "timestamp"],
        ],
      )}
    ON CONFLICT ("projectId", "resourceId", "regionId", url) DO UPDATE SET "eventId" = EXCLUDED."eventId", "publishedAt" = EXCLUDED."publishedAt"
     WHERE ("Publication"."eventId", "Publication"."publishedAt") IS DISTINCT FROM (EXCLUDED."eventId", EXCLUDED."publishedAt")
    RETURNING (xmax = 0) AS inserted`),
  );

  return {
    projectId,
    counts: {
      project: count(1, projectChange),
      regions: count(bundle.regions.length, regions),
      categories: count(bundle.categories.length, categories),
      directions: count(bundle.directions.length, directions),
      experts: count(bundle.experts.length, experts),
      participants: count(bundle.participants.length, participants),
      events: count(bundle.events.length, events),
      eventExperts: { ...count(links.length, eventExperts), removed },
      registrations: count(bundle.registrations.length, registrations),
      feedback: count(bundle.feedback.length, feedback),
      informationResources: count(bundle.informationResources.length, informationResources),
      publications: count(bundle.publications.length, publications),
    },
  };
}

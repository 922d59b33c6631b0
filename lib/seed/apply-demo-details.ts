// The demo's details that a kadry-bundle/1 does not carry — event description, venue, address, online
// link, registration deadline and cancel reason; participants' organisation, position and phone; experts'
// organisation; resources' links; publication headlines — written after the import, keyed by code.
// A row is updated only when a value differs, so a second run changes nothing.
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { writeAudit } from "../audit/write-audit";
import type { DbTx } from "../infra/db/client";
import { registrationDeadlineOf } from "./data/event-types";
import { VENUES, onlineUrl } from "./data/venues";
import type { DemoData } from "./demo-data";

export type DetailCounts = {
  events: number;
  participants: number;
  experts: number;
  informationResources: number;
  publications: number;
};

type Values = Record<string, string | Date | null>;

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
const differs = (row: Values, wanted: Values) => Object.keys(wanted).some((key) => !same(row[key], wanted[key]));

/** Updates the rows of `rows` (by key) whose values differ from `wanted`; returns how many it updated. */
async function sync<Row extends Values & { id: string }>(
  rows: Row[],
  keyOf: (row: Row) => string,
  wanted: Map<string, Values>,
  update: (id: string, data: Values) => Promise<unknown>,
): Promise<number> {
  let updated = 0;
  for (const row of rows) {
    const values = wanted.get(keyOf(row));
    if (!values || !differs(row, values)) continue;
    await update(row.id, values);
    updated++;
  }
  return updated;
}

export async function applyDemoDetails(db: PrismaClient, projectId: string, data: DemoData): Promise<DetailCounts> {
  return db.$transaction(async (tx) => {
    const counts = await applyDetails(tx, projectId, data);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    if (total > 0) {
      await writeAudit(tx, {
        actorId: null,
        action: "update",
        entity: "Project",
        entityId: projectId,
        after: { demoDetails: counts },
      });
    }
    return counts;
  }, SEED_TRANSACTION);
}

/** A slow old laptop or a busy CI machine may need more than Prisma's 5 s default; still all or nothing. */
export const SEED_TRANSACTION = { timeout: 120_000, maxWait: 60_000 };

async function applyDetails(tx: DbTx, projectId: string, data: DemoData): Promise<DetailCounts> {
  const eventDetails = new Map<string, Values>(
    data.events.map((e) => {
      const place = e.venue ? VENUES[e.venue] : null;
      return [
        e.code,
        {
          description: e.description,
          venue: place?.venue ?? null,
          address: place?.address ?? null,
          onlineUrl: e.format === "webinar" ? onlineUrl(e.code) : null,
          registrationDeadline: registrationDeadlineOf(e),
          cancelReason: e.cancelReason ?? null,
        },
      ];
    }),
  );
  const events = await sync(
    await tx.event.findMany({
      where: { projectId },
      select: {
        id: true,
        code: true,
        description: true,
        venue: true,
        address: true,
        onlineUrl: true,
        registrationDeadline: true,
        cancelReason: true,
      },
    }),
    (row) => row.code,
    eventDetails,
    (id, values) => tx.event.update({ where: { id }, data: values }),
  );

  const participants = await sync(
    await tx.participant.findMany({
      where: { projectId },
      select: { id: true, code: true, organization: true, position: true, phone: true },
    }),
    (row) => row.code,
    new Map(data.participants.map((p) => [p.code, { organization: p.organization, position: p.position, phone: p.phone }])),
    (id, values) => tx.participant.update({ where: { id }, data: values }),
  );

  const experts = await sync(
    await tx.expert.findMany({ where: { projectId }, select: { id: true, code: true, organization: true } }),
    (row) => row.code,
    new Map(data.experts.map((e) => [e.code, { organization: e.organization }])),
    (id, values) => tx.expert.update({ where: { id }, data: values }),
  );

  const informationResources = await sync(
    await tx.informationResource.findMany({ where: { projectId }, select: { id: true, code: true, url: true } }),
    (row) => row.code,
    new Map(data.resources.map((r) => [r.code, { url: r.url }])),
    (id, values) => tx.informationResource.update({ where: { id }, data: values }),
  );

  // a publication has no code: it is the (resource, region, url) it appeared at
  const publicationKey = (resource: string, region: string, url: string) => `${resource}\u0000${region}\u0000${url}`;
  const publicationRows = await tx.publication.findMany({
    where: { projectId },
    select: { id: true, url: true, title: true, resource: { select: { code: true } }, region: { select: { code: true } } },
  });
  const publications = await sync(
    publicationRows.map((p) => ({ id: p.id, title: p.title, key: publicationKey(p.resource.code, p.region.code, p.url) })),
    (row) => row.key,
    new Map(data.publications.map((p) => [publicationKey(p.resourceCode, p.regionCode, p.url), { title: p.title }])),
    (id, values) => tx.publication.update({ where: { id }, data: values }),
  );

  return { events, participants, experts, informationResources, publications };
}

// Названия форм мероприятий: the enum value is the bundle's code; the Russian name shown in the portal
// is a reference list an admin may edit. Stored names override the built-in ones (lib/events/labels.ts).
import "server-only";
import type { EventFormat } from "@prisma/client";
import type { Db, DbTx } from "../infra/db/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { writeAudit } from "../audit/write-audit";
import { EVENT_FORMAT_NAMES } from "../events/labels";

export type FormatNames = Record<EventFormat, string>;

export async function getEventFormatNames(db: DbTx): Promise<FormatNames> {
  const rows = await db.eventFormatName.findMany();
  return { ...EVENT_FORMAT_NAMES, ...Object.fromEntries(rows.map((r) => [r.format, r.name])) };
}

export async function saveEventFormatNames(db: Db, actor: SessionUser | null, names: FormatNames) {
  const user = authorize(actor, "reference.manage");
  return db.$transaction(async (tx) => {
    const before = await getEventFormatNames(tx);
    for (const [format, name] of Object.entries(names) as [EventFormat, string][]) {
      await tx.eventFormatName.upsert({ where: { format }, update: { name }, create: { format, name } });
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "update",
      entity: "EventFormatName",
      entityId: "all",
      before,
      after: names,
    });
    return names;
  });
}

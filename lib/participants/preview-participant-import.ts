// Проверка файла импорта участников: every row is checked without writing anything, each problem named by
// row number (as in the spreadsheet), column and a Russian message. A row whose code exists is an update,
// a row without a known code a new participant. Coordinators may only import into their own regions.
import "server-only";
import { randomBytes } from "node:crypto";
import type { DbTx } from "../infra/db/client";
import { authorize, can, type SessionUser } from "../auth/permissions";
import { AppError } from "../infra/errors/app-error";
import { z } from "../infra/validation/zod";
import { IMPORT_COLUMNS, type ImportColumnKey } from "./import-columns";
import { participantFields } from "./schemas";

export type RowError = { row: number; column: string; message: string };

export type ImportRow = {
  row: number;
  action: "create" | "update";
  existingId: string | null;
  code: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  organization: string | null;
  position: string | null;
  categoryId: string;
  categoryName: string;
  regionId: string;
  regionName: string;
  errors: RowError[];
};

export type ImportPreview = { rows: ImportRow[]; errors: RowError[]; validCount: number; invalidCount: number };

const rowSchema = z.object({
  fullName: participantFields.fullName,
  email: participantFields.email,
  phone: participantFields.phone,
  organization: participantFields.organization,
  position: participantFields.position,
});

const TITLE = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.title])) as Record<ImportColumnKey, string>;
const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");

export async function previewParticipantImport(
  tx: DbTx,
  user: SessionUser | null,
  projectId: string,
  cells: string[][],
): Promise<ImportPreview> {
  const me = authorize(user, "participant.manage");
  const [header = [], ...body] = cells;
  const index = new Map<ImportColumnKey, number>();
  header.forEach((title, i) => {
    const column = IMPORT_COLUMNS.find((c) => (c.aliases as readonly string[]).includes(norm(title)));
    if (column && !index.has(column.key)) index.set(column.key, i);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => c.title);
  if (missing.length) {
    throw new AppError(
      "VALIDATION",
      `В первой строке файла нет столбцов: ${missing.join(", ")}. Ожидаются заголовки: ${IMPORT_COLUMNS.map((c) => c.title).join(", ")}`,
    );
  }

  const categories = await tx.participantCategory.findMany({
    where: { projectId, archivedAt: null },
    select: { id: true, code: true, name: true },
  });
  const regions = await tx.region.findMany({
    where: { projects: { some: { projectId } } },
    select: { id: true, code: true, name: true },
  });
  const cell = (cells: string[], key: ImportColumnKey) => {
    const i = index.get(key);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const codes = body.map((r) => cell(r, "code")).filter(Boolean);
  const existing = new Map(
    (
      await tx.participant.findMany({
        where: { projectId, code: { in: codes } },
        select: { id: true, code: true, regionId: true, anonymizedAt: true },
      })
    ).map((p) => [p.code, p]),
  );

  const rows: ImportRow[] = [];
  const seenCodes = new Map<string, number>();
  body.forEach((raw, i) => {
    const row = i + 2; // the header is row 1
    if (raw.every((c) => !c.trim())) return;
    const errors: RowError[] = [];
    const fail = (key: ImportColumnKey, message: string) => errors.push({ row, column: TITLE[key], message });

    const parsed = rowSchema.safeParse({
      fullName: cell(raw, "fullName"),
      email: cell(raw, "email"),
      phone: cell(raw, "phone"),
      organization: cell(raw, "organization"),
      position: cell(raw, "position"),
    });
    if (!parsed.success) for (const issue of parsed.error.issues) fail(issue.path[0] as ImportColumnKey, issue.message);

    const categoryText = cell(raw, "category");
    const category = categories.find((c) => norm(c.code) === norm(categoryText) || norm(c.name) === norm(categoryText));
    if (!categoryText) fail("category", "Укажите категорию участника");
    else if (!category) fail("category", `Категория «${categoryText}» не найдена в справочнике проекта`);

    const regionText = cell(raw, "region");
    const region = regions.find((r) => norm(r.code) === norm(regionText) || norm(r.name) === norm(regionText));
    if (!regionText) fail("region", "Укажите регион (код или название)");
    else if (!region) fail("region", `Регион «${regionText}» не участвует в проекте`);
    else if (!can(me, "participant.manage", { regionId: region.id }))
      fail("region", `Регион «${region.name}» не входит в ваши регионы`);

    const code = cell(raw, "code");
    const found = code ? existing.get(code) : undefined;
    if (code.length > 64) fail("code", "Код длиннее 64 символов");
    else if (code && seenCodes.has(code)) fail("code", `Код «${code}» уже встречался в строке ${seenCodes.get(code)}`);
    else if (found && !can(me, "participant.manage", { regionId: found.regionId })) {
      fail("code", `Участник с кодом «${code}» относится к другому региону`);
    } else if (found?.anonymizedAt) fail("code", `Данные участника с кодом «${code}» обезличены`);
    if (code && !seenCodes.has(code)) seenCodes.set(code, row);

    rows.push({
      row,
      action: found ? "update" : "create",
      existingId: found?.id ?? null,
      code: code || `P-${randomBytes(5).toString("hex").toUpperCase()}`,
      fullName: parsed.success ? parsed.data.fullName : cell(raw, "fullName"),
      email: parsed.success ? parsed.data.email : cell(raw, "email") || null,
      phone: parsed.success ? parsed.data.phone : cell(raw, "phone") || null,
      organization: parsed.success ? parsed.data.organization : cell(raw, "organization") || null,
      position: parsed.success ? parsed.data.position : cell(raw, "position") || null,
      categoryId: category?.id ?? "",
      categoryName: category?.name ?? categoryText,
      regionId: region?.id ?? "",
      regionName: region?.name ?? regionText,
      errors,
    });
  });
  if (!rows.length) throw new AppError("VALIDATION", "В файле нет ни одной строки с участниками");
  const errors = rows.flatMap((r) => r.errors);
  const invalidCount = rows.filter((r) => r.errors.length).length;
  return { rows, errors, validCount: rows.length - invalidCount, invalidCount };
}

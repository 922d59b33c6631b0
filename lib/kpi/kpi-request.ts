// GET /api/v1/projects/<code>/kpi and the CLI: parameters checked with zod (400 with a Russian
// message), roles (401/403), unknown project (404). Answers { status, body } so that the route is a thin
// wrapper and all of this is testable without HTTP.
import "server-only";
import type { SessionUser } from "../auth/permissions";
import { authorize } from "../auth/permissions";
import type { DbTx } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import { errorAnswer, type ApiAnswer } from "../infra/http/api-answer";
import { z } from "../infra/validation/zod";
import { cachedKpi } from "./cached-kpi";
import { computeKpiReport, type KpiReport } from "./compute-kpi-report";

export const kpiParamsSchema = z.object({
  year: z
    .string({ error: "Укажите год: year=гггг" })
    .trim()
    .regex(/^\d{4}$/, "Год — четыре цифры, например year=2026")
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, "Год должен быть от 2000 до 2100"),
  quarter: z.enum(["1", "2", "3", "4"], { error: "Квартал — число от 1 до 4 (quarter=1…4)" }).transform(Number).optional(),
  cumulative: z
    .enum(["true", "false", "1", "0"], { error: "cumulative — true или false" })
    .transform((v) => v === "true" || v === "1")
    .optional(),
});

export type KpiParams = { year: number; quarter?: number; cumulative?: boolean };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Query parameters → { year, quarter?, cumulative? }; throws BAD_REQUEST with every problem in Russian. */
export function parseKpiParams(params: RawParams): KpiParams {
  const get = (name: string): string | undefined => {
    const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first.trim() === "" ? undefined : first;
  };
  const parsed = kpiParamsSchema.safeParse({ year: get("year"), quarter: get("quarter"), cumulative: get("cumulative") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
    throw new AppError("BAD_REQUEST", parsed.error.issues.map((i) => i.message).join("; "), fieldErrors);
  }
  // cumulative without a quarter is the whole year (the report then says cumulative: false)
  return parsed.data;
}

/** `db` holds the KPI cache (the primary); the report is computed from `source` (a read replica may serve). */
export async function answerKpiRequest(
  db: DbTx,
  user: SessionUser | null,
  projectCode: string,
  params: RawParams,
  source: DbTx = db,
): Promise<ApiAnswer<KpiReport>> {
  try {
    authorize(user, "kpi.read");
    const query = parseKpiParams(params);
    const key = `report:${projectCode}:${query.year}:${query.quarter ?? ""}:${query.cumulative ?? false}`;
    const report = await cachedKpi(db, key, (from) => computeKpiReport(from, { projectCode, ...query }), source);
    return { status: 200, body: report };
  } catch (error) {
    return errorAnswer(error);
  }
}

// Ошибки пакета: every problem of a bundle with its JSON path (`events[12].regionCode`) and a Russian
// message. Import reports them all at once and writes nothing.
import { AppError, type FieldErrors } from "../infra/errors/app-error";
import type { z } from "../infra/validation/zod";

export type BundleProblem = { path: string; message: string };

/** Longer lists are cut here: a million-line answer helps nobody; the total is still reported. */
export const MAX_REPORTED_PROBLEMS = 1000;

export type PathPart = string | number | symbol;

/** ["events", 12, "regionCode"] → "events[12].regionCode" */
export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "строка",
  number: "число",
  boolean: "true или false",
  object: "объект",
  array: "список",
  null: "null",
  undefined: "отсутствует",
};

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "список";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

/** zod issues → problems, paths prefixed with `prefix` and messages made specific and Russian. */
export function problemsFromZod(error: z.ZodError, input: unknown, prefix: readonly PathPart[] = []): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) problems.push({ path: formatPath([...path, key]), message: `неизвестное поле "${key}"` });
      continue;
    }
    let message = issue.message;
    if (issue.code === "invalid_type") {
      const actual = valueAt(input, issue.path);
      message = actual === undefined ? "обязательное поле отсутствует" : `${issue.message}, получено: ${describeType(actual)}`;
    }
    problems.push({ path: formatPath(path), message });
  }
  return problems;
}

/** Thrown by importBundle when the bundle has problems: HTTP 422, CLI exit 1, nothing written. */
export class BundleValidationError extends AppError {
  constructor(
    readonly problems: BundleProblem[],
    readonly totalProblems = problems.length,
  ) {
    super("VALIDATION", bundleProblemsSummary(totalProblems), fieldErrorsOf(problems));
    this.name = "BundleValidationError";
  }
}

export function bundleProblemsSummary(count: number): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  const word =
    mod10 === 1 && mod100 !== 11 ? "ошибка" : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "ошибки" : "ошибок";
  return `Пакет не загружен: ${count} ${word}, ничего не записано`;
}

function fieldErrorsOf(problems: BundleProblem[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) (out[p.path || "_bundle"] ??= []).push(p.message);
  return out;
}

export const isBundleValidationError = (error: unknown): error is BundleValidationError => error instanceof BundleValidationError;

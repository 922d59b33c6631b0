// Проверка пакета: the whole bundle is checked before anything is written, and every problem is
// returned at once with its JSON path — the shape of each record (zod), then the rules across records
// against the project as it already is in the database.
import "server-only";
import type { DbTx } from "../infra/db/client";
import { MAX_REPORTED_PROBLEMS, problemsFromZod, type BundleProblem } from "./bundle-problem";
import { BUNDLE_FORMAT, BUNDLE_LISTS, BUNDLE_LIST_NAMES, projectSchema, type Bundle, type BundleProject } from "./bundle-schema";
import { checkBundleRules, type CheckedLists } from "./check-bundle-rules";
import { loadProjectState, type ProjectState } from "./load-project-state";

export type BundleValidation =
  | { ok: true; bundle: Bundle; state: ProjectState; problems: [] }
  | { ok: false; problems: BundleProblem[]; totalProblems: number };

const TOP_LEVEL_KEYS = new Set(["format", "project", ...BUNDLE_LIST_NAMES]);

export async function validateBundle(db: DbTx, input: unknown): Promise<BundleValidation> {
  const problems: BundleProblem[] = [];
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return fail([{ path: "", message: "пакет должен быть объектом JSON с полями format, project, regions, …" }]);
  }
  const root = input as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push({ path: key, message: `неизвестный раздел пакета "${key}"` });
  }
  if (root.format !== BUNDLE_FORMAT) {
    problems.push({
      path: "format",
      message:
        root.format === undefined
          ? `не указан формат: ожидается "${BUNDLE_FORMAT}"`
          : `неизвестный формат ${JSON.stringify(root.format)}: ожидается "${BUNDLE_FORMAT}"`,
    });
  }

  let project: BundleProject | null = null;
  if (root.project === undefined) problems.push({ path: "project", message: "обязательный раздел project отсутствует" });
  else {
    const parsed = projectSchema.safeParse(root.project);
    if (parsed.success) project = parsed.data;
    else problems.push(...problemsFromZod(parsed.error, root.project, ["project"]));
  }

  const lists = {} as CheckedLists;
  for (const name of BUNDLE_LIST_NAMES) {
    const value = root[name] ?? [];
    if (!Array.isArray(value)) {
      problems.push({ path: name, message: `ожидался список, получено: ${value === null ? "null" : typeof value}` });
      lists[name] = { raw: [], parsed: [] };
      continue;
    }
    const schema = BUNDLE_LISTS[name];
    const parsed = value.map((record, i) => {
      const result = schema.safeParse(record);
      if (result.success) return result.data;
      problems.push(...problemsFromZod(result.error, record, [name, i]));
      return null;
    });
    lists[name] = { raw: value, parsed };
  }

  // references may point to the project as it is in the database; a bundle without a valid project
  // code is checked against an empty project
  const projectCode = project?.code;
  const state = await loadProjectState(db, projectCode ?? "");
  problems.push(...checkBundleRules(lists, state));

  if (problems.length > 0 || !project) return fail(problems);
  const bundle = { format: BUNDLE_FORMAT, project } as Bundle;
  for (const name of BUNDLE_LIST_NAMES) (bundle as Record<string, unknown>)[name] = lists[name].parsed;
  return { ok: true, bundle, state, problems: [] };
}

function fail(problems: BundleProblem[]): BundleValidation {
  const sorted = problems.slice(0, MAX_REPORTED_PROBLEMS);
  if (problems.length > MAX_REPORTED_PROBLEMS) {
    sorted.push({
      path: "",
      message: `…и ещё ${problems.length - MAX_REPORTED_PROBLEMS} ошибок (показаны первые ${MAX_REPORTED_PROBLEMS})`,
    });
  }
  return { ok: false, problems: sorted, totalProblems: problems.length };
}

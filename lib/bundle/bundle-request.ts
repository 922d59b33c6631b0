// POST /api/v1/import (ADMIN) and GET /api/v1/projects/<code>/bundle (ADMIN, MINISTRY) as plain functions
// answering { status, body }: the route handlers only fetch the user and turn the answer into a Response.
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { authorize, type SessionUser } from "../auth/permissions";
import { errorAnswer, type ApiAnswer } from "../infra/http/api-answer";
import type { BundleJson } from "./bundle-schema";
import { isBundleValidationError, type BundleProblem } from "./bundle-problem";
import { exportBundle } from "./export-bundle";
import { importBundle, type ImportResult } from "./import-bundle";

export type ImportErrorBody = { error: { code: "VALIDATION"; message: string; problems: BundleProblem[]; total: number } };

/** `readBody` is only called once the user may import, so strangers cannot make the server read 160 MB. */
export async function answerImportRequest(
  db: PrismaClient,
  user: SessionUser | null,
  readBody: () => Promise<unknown>,
): Promise<ApiAnswer<ImportResult> | { status: 422; body: ImportErrorBody }> {
  try {
    const admin = authorize(user, "bundle.import");
    const bundle = await readBody();
    return { status: 200, body: await importBundle(db, bundle, { actorUserId: admin.id }) };
  } catch (error) {
    if (isBundleValidationError(error)) {
      return {
        status: 422,
        body: { error: { code: "VALIDATION", message: error.message, problems: error.problems, total: error.totalProblems } },
      };
    }
    return errorAnswer(error);
  }
}

export async function answerExportRequest(
  db: PrismaClient,
  user: SessionUser | null,
  projectCode: string,
): Promise<ApiAnswer<BundleJson>> {
  try {
    authorize(user, "bundle.export");
    return { status: 200, body: await exportBundle(db, projectCode) };
  } catch (error) {
    return errorAnswer(error);
  }
}

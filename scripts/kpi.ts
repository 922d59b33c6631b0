// npm run kpi -- --project <code> --year <yyyy> [--quarter <1-4>] [--cumulative]
// Prints the kadry-kpi/1 report (the same function as the API and the dashboards) to stdout.
import { parseArgs } from "node:util";
import { cliError } from "../lib/infra/cli/database-error";
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { computeKpiReport } from "../lib/kpi/compute-kpi-report";
import { parseKpiParams } from "../lib/kpi/kpi-request";

runCli(async () => {
  try {
    const { values } = parseArgs({
      options: {
        project: { type: "string" },
        year: { type: "string" },
        quarter: { type: "string" },
        cumulative: { type: "boolean" },
      },
    });
    if (!values.project)
      throw new Error("укажите проект: npm run kpi -- --project <код> --year <гггг> [--quarter <1-4>] [--cumulative]");
    const query = parseKpiParams({
      year: values.year,
      quarter: values.quarter,
      cumulative: values.cumulative ? "true" : undefined,
    });
    const report = await computeKpiReport(db, { projectCode: values.project, ...query });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

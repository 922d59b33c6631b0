// The downloadable quarterly report of the portal's current project for the dashboard's period (its query
// parameters year, quarter, mode): the data once, then the PDF or the XLSX, with a file name that says
// which period it is — kpi-report-<project>-<year>-q<q>[-ytd] or -year.
import "server-only";
import type { SessionUser } from "../auth/permissions";
import { authorize } from "../auth/permissions";
import type { Db } from "../infra/db/client";
import { AppError } from "../infra/errors/app-error";
import type { DownloadFile } from "../infra/http/file-download";
import { dashboardPeriodFrom } from "../infra/time/dashboard-period";
import { getCurrentProject } from "../projects/current-project";
import { getQuarterlyReportData } from "./get-quarterly-report-data";
import { quarterlyReportPdf } from "./quarterly-report-pdf";
import { quarterlyReportXlsx } from "./quarterly-report-xlsx";

export async function quarterlyReportFile(
  db: Db,
  user: SessionUser | null,
  params: { year?: string; quarter?: string; mode?: string },
  format: "pdf" | "xlsx",
): Promise<DownloadFile> {
  authorize(user, "dashboard.read"); // before anything about the project is revealed
  const project = await getCurrentProject(db);
  if (!project) throw new AppError("NOT_FOUND", "Проект не выбран");
  const period = dashboardPeriodFrom(params, project.year);
  const data = await getQuarterlyReportData(db, user, project.code, period);
  const span = period.quarter === null ? "year" : `q${period.quarter}${period.cumulative ? "-ytd" : ""}`;
  const fileName = `kpi-report-${project.code}-${period.year}-${span}.${format}`;
  const body = format === "pdf" ? await quarterlyReportPdf(data) : await quarterlyReportXlsx(data);
  return { body, format, fileName };
}

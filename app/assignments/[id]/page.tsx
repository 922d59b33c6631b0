import Link from "next/link";
import { StoredFileList } from "@/components/files/stored-file-list";
import { ActionButton } from "@/components/forms/action-button";
import { AssignmentStatusBadge } from "@/components/protocols/assignment-status-badge";
import { ReportForm } from "@/components/protocols/report-form";
import { ResponsibleForm } from "@/components/protocols/responsible-form";
import { ReviewForm } from "@/components/protocols/review-form";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { formatDate, formatDateTime } from "@/lib/infra/time/format-date";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getAssignmentItem } from "@/lib/protocols/get-assignment-item";
import { listRegionCoordinators } from "@/lib/protocols/list-region-coordinators";
import { reviewReportAction, setResponsibleAction, startAssignmentAction, submitReportAction } from "../actions";

export const metadata = { title: "Поручение" };

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const item = await guardPage(() => getAssignmentItem(db, user, id), `/assignments/${id}`);
  const zone = item.assignment.project.timezone;
  const now = new Date();
  const reporter = can(user, "assignment.report", { regionId: item.regionId });
  const reviewer = can(user, "assignment.review");
  const assigner = can(user, "assignment.assign", { regionId: item.regionId }) && item.status !== "accepted";
  const coordinators = assigner ? await listRegionCoordinators(db, user, item.regionId) : [];
  const mayReport = reporter && ["issued", "in_progress", "returned"].includes(item.status);
  const { meeting } = item.assignment;
  return (
    <>
      <p className="mb-2">
        <Link href="/assignments">← Поручения</Link>
      </p>
      <h1>
        Поручение {item.assignment.number}: {item.region.name}
      </h1>
      <dl className="card mb-6 grid max-w-3xl gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Поручение</dt>
        <dd className="whitespace-pre-line">{item.assignment.text}</dd>
        <dt className="font-semibold">Протокол</dt>
        <dd>
          <Link href={`/protocols/${meeting.id}`}>
            № {meeting.protocolNumber} от {meeting.protocolDate ? formatDate(meeting.protocolDate, "UTC") : "—"}
          </Link>{" "}
          ({meeting.title})
        </dd>
        <dt className="font-semibold">Срок</dt>
        <dd>
          до {formatDate(item.dueDate, "UTC")} включительно ({zone})
        </dd>
        <dt className="font-semibold">Ответственный координатор</dt>
        <dd>{item.responsible?.fullName ?? "не назначен"}</dd>
        <dt className="font-semibold">Выдал</dt>
        <dd>{item.assignment.issuedBy?.fullName ?? "—"}</dd>
        <dt className="font-semibold">Статус</dt>
        <dd>
          <AssignmentStatusBadge item={item} now={now} />
        </dd>
      </dl>
      {assigner && (
        <div className="max-w-md">
          <ResponsibleForm
            itemId={item.id}
            current={item.responsibleId}
            coordinators={coordinators}
            action={setResponsibleAction}
          />
        </div>
      )}
      {reporter && (item.status === "issued" || item.status === "returned") && (
        <div className="mb-4">
          <ActionButton action={startAssignmentAction} fields={{ itemId: item.id }} label="Взять в работу" />
        </div>
      )}
      {mayReport && (
        <>
          <h2>Отчёт об исполнении</h2>
          <ReportForm itemId={item.id} action={submitReportAction} />
        </>
      )}
      {reviewer && item.status === "reported" && (
        <>
          <h2>Приёмка</h2>
          <ReviewForm itemId={item.id} action={reviewReportAction} />
        </>
      )}
      <h2 className="mt-6">Отчёты и решения</h2>
      {item.reports.length === 0 ? (
        <p>Отчётов пока нет.</p>
      ) : (
        <ol className="grid max-w-3xl gap-3">
          {item.reports.map((r) => (
            <li key={r.id} className="card">
              <p className="text-sm text-ink-muted">
                {formatDateTime(r.submittedAt, zone)} · {r.author?.fullName ?? "пользователь удалён"} ·{" "}
                {r.submittedAt < item.dueAt ? "в срок" : "после срока"}
              </p>
              <p className="mt-1 whitespace-pre-line">{r.text}</p>
              {r.links.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {r.links.map((l) => (
                    <li key={l}>
                      <a href={l} rel="noopener noreferrer nofollow" target="_blank">
                        {l}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              <StoredFileList files={r.files} label="Файлы отчёта" />
              <p className={`mt-2 ${r.decision === "accepted" ? "text-ok" : r.decision === "returned" ? "text-warn" : ""}`}>
                {r.decision === "accepted"
                  ? `Принят ${formatDateTime(r.decidedAt!, zone)}`
                  : r.decision === "returned"
                    ? `Возвращён на доработку ${formatDateTime(r.decidedAt!, zone)}`
                    : "Ждёт решения"}
                {r.decidedBy && ` (${r.decidedBy.fullName})`}
                {r.comment && `: ${r.comment}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

// Лист посещаемости для печати: the same sheet as the CSV/XLSX downloads, as a page to print and sign.
import Link from "next/link";
import { PrintButton } from "@/components/ui/print-button";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/infra/db/client";
import { guardPage } from "@/lib/infra/http/page-guard";
import { getAttendanceSheet } from "@/lib/registrations/attendance-sheet";

export const metadata = { title: "Лист посещаемости" };

export default async function AttendancePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const sheet = await guardPage(() => getAttendanceSheet(db, user, id), `/events/${id}/attendance`);
  return (
    <>
      <p className="no-print mb-2">
        <Link href={`/events/${id}/registrations`}>← Записи и посещаемость</Link>
      </p>
      <h1>Лист посещаемости: {sheet.event.title}</h1>
      <p className="mb-4">
        {sheet.event.when}, {sheet.event.region}
      </p>
      <p className="no-print mb-4">
        <PrintButton />
      </p>
      <table className="table print-sheet">
        <thead>
          <tr>
            {sheet.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

// The candidate card's psychological and pedagogical diagnostics (confidential: each view is logged by
// getCandidateCard) and the form for a new result with its files.
import { StoredFileList } from "@/components/files/stored-file-list";
import { formatUtcDay } from "@/lib/infra/time/format-date";
import { ReserveForm } from "@/components/reserve/reserve-form";
import type { CandidateCard } from "@/lib/reserve/get-candidate-card";
import { addDiagnosticAction } from "../../actions/candidates";

type Diagnostics = NonNullable<CandidateCard["diagnostics"]>;

export function DiagnosticsSection({ candidateId, diagnostics }: { candidateId: string; diagnostics: Diagnostics }) {
  return (
    <section aria-labelledby="diagnostics" className="mb-8">
      <h2 id="diagnostics">Психолого-педагогическая диагностика</h2>
      <p className="mb-2 text-sm text-ink-muted">
        Сведения конфиденциальны; каждый просмотр записывается в журнал доступа к персональным данным.
      </p>
      {diagnostics.length ? (
        <table className="table mb-4">
          <thead>
            <tr>
              <th scope="col">Дата</th>
              <th scope="col">Методика</th>
              <th scope="col">Результат</th>
              <th scope="col">Файлы</th>
            </tr>
          </thead>
          <tbody>
            {diagnostics.map((d) => (
              <tr key={d.id}>
                <td>{formatUtcDay(d.heldOn)}</td>
                <td>{d.method}</td>
                <td className="whitespace-pre-line">{d.summary}</td>
                <td>
                  {d.fileUrl && (
                    <a href={d.fileUrl} rel="noreferrer" target="_blank">
                      ссылка
                    </a>
                  )}
                  <StoredFileList files={d.files} label={`Файлы диагностики «${d.method}»`} />
                  {!d.fileUrl && !d.files.length && "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mb-2">Диагностика не проводилась.</p>
      )}
      <ReserveForm
        schema="diagnostic"
        action={addDiagnosticAction}
        idPrefix="diag"
        label="Результат диагностики"
        submit="Записать результат"
        hidden={["candidateId"]}
        defaults={{ candidateId, method: "", heldOn: "", summary: "", fileUrl: "" }}
        fields={[
          { name: "method", label: "Методика" },
          { name: "heldOn", label: "Дата", type: "date" },
          { name: "summary", label: "Результат", type: "textarea" },
          { name: "files", label: "Файлы (заключение, протокол методики)", type: "file" },
          { name: "fileUrl", label: "Ссылка на файл (необязательно)" },
        ]}
      />
    </section>
  );
}

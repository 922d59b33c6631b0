// Attached files as download links (/api/v1/files/<id> checks who may download them).
import { formatFileSize } from "@/lib/infra/format/format-file-size";

type StoredFileLink = { id: string; originalName: string; size: number };

export function StoredFileList({ files, label = "Файлы" }: { files: StoredFileLink[]; label?: string }) {
  if (!files.length) return null;
  return (
    <ul className="mt-1 list-disc pl-5" aria-label={label}>
      {files.map((f) => (
        <li key={f.id}>
          <a href={`/api/v1/files/${f.id}`} download>
            {f.originalName}
          </a>{" "}
          <span className="text-sm text-ink-muted">({formatFileSize(f.size)})</span>
        </li>
      ))}
    </ul>
  );
}

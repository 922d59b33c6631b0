// Загруженные файлы in a backup: npm run backup copies the upload directory beside the database copy
// (<copy>.uploads/), npm run restore copies it back. Blobs are written before their rows and never
// changed, so a copy taken after the database snapshot holds every file the snapshot refers to; files
// already present are kept (same key, same bytes), unfinished writes (tmp/) are skipped.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

export async function copyUploads(from: string, to: string): Promise<number> {
  const exists = await fs.stat(from).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) return 0;
  const tmp = path.join(from, "tmp");
  await fs.mkdir(to, { recursive: true });
  await fs.cp(from, to, {
    recursive: true,
    force: false,
    errorOnExist: false,
    filter: (source) => source !== tmp && !source.startsWith(`${tmp}${path.sep}`),
  });
  const entries = await fs.readdir(to, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

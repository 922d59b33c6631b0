// Сохранение загрузок together with the record they belong to. The files are checked, then each is written
// to a temporary name, flushed and renamed to its random key — a blob on disk is always whole — and only
// then does `save` write the rows (in its own transaction). If `save` fails, the blobs are removed, so a
// failure leaves neither a record nor a file; a crash in between can leave only an unreferenced blob,
// never a row without its file.
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { blobPath } from "./blob-path";
import { checkUploads } from "./check-uploads";
import { uploadDir } from "./upload-dir";

/** A written blob: the StoredFile row's data except its owner and uploader. */
export type StagedFile = { storageKey: string; originalName: string; mimeType: string; size: number; sha256: string };

export async function storeUploads<T>(files: File[], field: string, save: (staged: StagedFile[]) => Promise<T>): Promise<T> {
  const checked = await checkUploads(files, field);
  const staged: StagedFile[] = [];
  try {
    for (const { bytes, ...meta } of checked) {
      const storageKey = randomBytes(16).toString("hex");
      await writeWhole(blobPath(storageKey), bytes);
      staged.push({ storageKey, ...meta });
    }
    return await save(staged);
  } catch (error) {
    await Promise.allSettled(staged.map((s) => fs.rm(blobPath(s.storageKey), { force: true })));
    throw error;
  }
}

async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const tmpDir = path.join(uploadDir(), "tmp");
  await fs.mkdir(tmpDir, { recursive: true });
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(tmpDir, `${path.basename(target)}.part`);
  try {
    const handle = await fs.open(tmp, "wx", 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

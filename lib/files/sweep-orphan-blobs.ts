// Уборка загрузок: a process that died between writing a file and committing its record leaves a blob no
// row refers to (never the reverse: see store-uploads.ts), and records deleted later (cascades) leave theirs.
// Blobs and unfinished tmp/ writes older than `minAgeMs` that no StoredFile names are removed; younger ones
// may belong to an upload still in its transaction.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import type { DbTx } from "../infra/db/client";
import { uploadDir } from "./upload-dir";

export async function sweepOrphanBlobs(
  db: DbTx,
  minAgeMs = 60 * 60_000,
  now = Date.now(),
): Promise<{ removed: number; kept: number }> {
  const root = uploadDir();
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const counts = { removed: 0, kept: 0 };
  const candidates: { file: string; key: string }[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = await fs.stat(file);
    if (now - stat.mtimeMs < minAgeMs) {
      counts.kept++;
      continue;
    }
    candidates.push({ file, key: path.basename(entry.parentPath) === "tmp" ? "" : entry.name });
  }
  for (let i = 0; i < candidates.length; i += 1000) {
    const chunk = candidates.slice(i, i + 1000);
    const known = new Set(
      (
        await db.storedFile.findMany({
          where: { storageKey: { in: chunk.map((c) => c.key).filter(Boolean) } },
          select: { storageKey: true },
        })
      ).map((f) => f.storageKey),
    );
    for (const c of chunk) {
      if (c.key && known.has(c.key)) {
        counts.kept++;
        continue;
      }
      await fs.rm(c.file, { force: true });
      counts.removed++;
    }
  }
  return counts;
}

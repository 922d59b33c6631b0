// The file of a stored upload: <UPLOAD_DIR>/<first two characters of the key>/<key>. Keys are random hex,
// so no user input ever reaches the path.
import path from "node:path";
import { AppError } from "../infra/errors/app-error";
import { uploadDir } from "./upload-dir";

export function blobPath(storageKey: string): string {
  if (!/^[0-9a-f]{32}$/.test(storageKey)) throw new AppError("NOT_FOUND", "Файл не найден");
  return path.join(uploadDir(), storageKey.slice(0, 2), storageKey);
}

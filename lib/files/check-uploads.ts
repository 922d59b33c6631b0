// Проверка загружаемых файлов before anything is written: how many, how big, and what they really are
// (the first bytes must show an allowed type, and the name's extension must match it). Every refusal is a
// Russian message on the form's file field.
import { createHash } from "node:crypto";
import { AppError } from "../infra/errors/app-error";
import { detectFileType } from "./detect-file-type";
import { FILE_TYPES, MAX_FILE_BYTES, MAX_FILES_PER_UPLOAD } from "./file-limits";

export type CheckedUpload = { bytes: Uint8Array; originalName: string; mimeType: string; size: number; sha256: string };

export async function checkUploads(files: File[], field: string): Promise<CheckedUpload[]> {
  const refuse = (message: string): never => {
    throw new AppError("VALIDATION", "Проверьте поля формы", { [field]: [message] });
  };
  if (files.length > MAX_FILES_PER_UPLOAD) refuse(`Не больше ${MAX_FILES_PER_UPLOAD} файлов за раз`);
  const checked: CheckedUpload[] = [];
  for (const file of files) {
    const name = cleanName(file.name);
    if (file.size > MAX_FILE_BYTES) refuse(`Файл «${name}» больше 20 МБ`);
    if (file.size === 0) refuse(`Файл «${name}» пустой`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length > MAX_FILE_BYTES) refuse(`Файл «${name}» больше 20 МБ`);
    const kind = detectFileType(bytes);
    if (!kind) refuse(`Файл «${name}»: допустимы только PDF, DOCX, XLSX, ODT, JPEG и PNG`);
    const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
    const type = FILE_TYPES[kind!];
    if (!(type.extensions as readonly string[]).includes(extension)) {
      refuse(`Файл «${name}»: расширение не соответствует содержимому (это ${kind!.toUpperCase()})`);
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    checked.push({ bytes, originalName: name, mimeType: type.mime, size: bytes.length, sha256 });
  }
  return checked;
}

/** The name as shown and offered on download: no path, no control characters, at most 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (clean.length <= 200) return clean || "файл";
  const dot = clean.lastIndexOf(".");
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : "";
  return clean.slice(0, 200 - ext.length) + ext;
}

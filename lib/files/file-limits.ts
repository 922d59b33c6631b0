// Что можно загрузить: up to 20 MB a file, five files a form, ten per record, and only these document and
// image types — recognised by their first bytes (detectFileType), never by the browser's word.
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_UPLOAD = 5;
export const MAX_FILES_PER_RECORD = 10;

export const FILE_TYPES = {
  pdf: { mime: "application/pdf", extensions: ["pdf"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  odt: { mime: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mime: "image/png", extensions: ["png"] },
} as const;

export type FileKind = keyof typeof FILE_TYPES;

/** The `accept` attribute of file inputs (a hint for the browser's dialog; the server checks the bytes). */
export const FILE_ACCEPT = Object.values(FILE_TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(",");

export const FILE_LIMITS_TEXT = "PDF, DOCX, XLSX, ODT, JPEG или PNG, до 20 МБ каждый, не больше 5 файлов за раз";

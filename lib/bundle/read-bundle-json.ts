// Чтение пакета из файла или тела запроса: size limit first, then JSON.parse, each failure a clear
// Russian message (never a stack trace). The largest bundle we expect (a whole country: 89 regions,
// ~1M registrations) is ~120 MB, so 160 MiB leaves room and still refuses a runaway 200 MB upload.
import "server-only";
import fs from "node:fs/promises";
import { AppError } from "../infra/errors/app-error";

export const MAX_BUNDLE_BYTES = 160 * 1024 * 1024;

/** A body or file over the limit: HTTP 413. */
export class BundleTooLargeError extends AppError {
  constructor(bytes: number | null) {
    const size = bytes === null ? "больше допустимого" : `${megabytes(bytes)} МБ`;
    super(
      "BAD_REQUEST",
      `Пакет слишком большой: ${size}; предел — ${megabytes(MAX_BUNDLE_BYTES)} МБ. Разделите данные на несколько пакетов`,
    );
    this.name = "BundleTooLargeError";
  }

  override get status(): number {
    return 413;
  }
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");

/** JSON text → value; a syntax error names the line and column where it was found. */
export function parseBundleJson(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!source.trim()) throw new AppError("BAD_REQUEST", "Пакет пуст: ожидался JSON-объект формата kadry-bundle/1");
  try {
    return JSON.parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    let where = "";
    if (/end of JSON input|Unterminated/i.test(detail) || (position && Number(position[1]) >= source.trimEnd().length)) {
      where = ": файл обрывается раньше конца JSON";
    } else if (position) {
      const before = source.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      where = ` в строке ${line}, столбце ${before.length - before.lastIndexOf("\n")}`;
    }
    throw new AppError("BAD_REQUEST", `Пакет не является корректным JSON${where} (${detail.slice(0, 120)})`);
  }
}

export async function readBundleFile(filePath: string): Promise<unknown> {
  let size: number;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) throw new AppError("BAD_REQUEST", `${filePath} — не файл`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("NOT_FOUND", `Файл не найден или недоступен: ${filePath}`);
  }
  if (size > MAX_BUNDLE_BYTES) throw new BundleTooLargeError(size);
  return parseBundleJson(await fs.readFile(filePath, "utf8"));
}

/** The body of an HTTP request, read as a stream and cut off at the limit. */
export async function readBundleRequest(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_BUNDLE_BYTES) throw new BundleTooLargeError(declared);
  if (!request.body) return parseBundleJson("");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BUNDLE_BYTES) {
      await reader.cancel();
      throw new BundleTooLargeError(null);
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "Пакет не в кодировке UTF-8");
  }
  return parseBundleJson(text);
}

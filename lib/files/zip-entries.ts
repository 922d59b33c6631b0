// ZIP archives (DOCX, XLSX, ODT) read without trusting them: the entries from the central directory, and
// each entry inflated with a ceiling on its output, so a small upload that would unpack to gigabytes (a
// «zip bomb», or a directory that lies about sizes) is refused before any parser sees it.
import zlib from "node:zlib";

export type ZipEntry = { name: string; method: number; compressedSize: number; localHeaderAt: number };

/** Entries of the central directory (found through the end-of-central-directory record); [] if none. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderAt: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

export class ZipTooLargeError extends Error {}

/**
 * Unpacks every entry, together at most `maxBytes`; throws ZipTooLargeError past it, whatever sizes the
 * archive claims. Returns the unpacked entries by name (the caller may inspect them before parsing).
 */
export function unpackZipWithin(bytes: Uint8Array, maxBytes: number): Map<string, Buffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Buffer>();
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    const at = entry.localHeaderAt;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
      throw new Error(`ZIP: повреждена запись ${entry.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const left = maxBytes - total;
    let content: Buffer;
    if (entry.method === 0) {
      if (data.length > left) throw new ZipTooLargeError(entry.name);
      content = Buffer.from(data);
    } else if (entry.method === 8) {
      try {
        content = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
          throw new ZipTooLargeError(entry.name);
        }
        throw error;
      }
    } else {
      throw new Error(`ZIP: неизвестный способ сжатия ${entry.method} у записи ${entry.name}`);
    }
    total += content.length;
    if (total > maxBytes) throw new ZipTooLargeError(entry.name);
    out.set(entry.name, content);
  }
  return out;
}

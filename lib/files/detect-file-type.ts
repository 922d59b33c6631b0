// The file's type from its content: PDF, JPEG and PNG by their signatures; DOCX, XLSX and ODT are ZIP
// archives told apart by their entries (word/document.xml, xl/workbook.xml, the ODF `mimetype` entry).
// Anything else — an executable renamed to .pdf, HTML, SVG — is null.
import type { FileKind } from "./file-limits";
import { zipEntries } from "./zip-entries";

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(bytes.length, from + length)));

export function detectFileType(bytes: Uint8Array): FileKind | null {
  if (ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  return null;
}

const ODT_MIME = "application/vnd.oasis.opendocument.text";

function zipKind(bytes: Uint8Array): FileKind | null {
  // ODF: the first entry is an uncompressed `mimetype` holding the document's MIME type
  const nameLength = bytes[26] | (bytes[27] << 8);
  const extraLength = bytes[28] | (bytes[29] << 8);
  if (ascii(bytes, 30, nameLength) === "mimetype" && ascii(bytes, 30 + nameLength + extraLength, ODT_MIME.length) === ODT_MIME) {
    return "odt";
  }
  const names = zipEntries(bytes).map((e) => e.name);
  if (names.includes("[Content_Types].xml")) {
    if (names.includes("word/document.xml")) return "docx";
    if (names.includes("xl/workbook.xml")) return "xlsx";
  }
  return null;
}

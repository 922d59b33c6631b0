// Content-Disposition of a download (RFC 6266): an ASCII fallback name plus the UTF-8 name encoded by
// RFC 5987 for Cyrillic file names. encodeURIComponent leaves ' ( ) * unescaped: RFC 5987 wants them encoded.
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

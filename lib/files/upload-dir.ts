// Where uploads live: UPLOAD_DIR, by default .data/uploads beside the embedded database — outside
// public/, so nothing is served without the permission check of /api/v1/files/<id>.
import path from "node:path";

export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR || ".data/uploads");
}

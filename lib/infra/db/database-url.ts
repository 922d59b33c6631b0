// Where the database is: DATABASE_URL (a PostgreSQL server) or, without it, the embedded
// PGlite database served on a Unix socket under .data/ (see embedded-server.ts).
import "server-only";

export async function resolveDatabaseUrl(): Promise<string> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return configured;
  const { ensureEmbeddedServer } = await import("./embedded-server");
  return ensureEmbeddedServer();
}

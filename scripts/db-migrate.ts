// npm run db:migrate — applies prisma/migrations to DATABASE_URL or to the embedded database.
import { runCli } from "../lib/cli/run-cli";
import { resolveDatabaseUrl } from "../lib/db/database-url";
import { stopEmbeddedServer } from "../lib/db/embedded-server";
import { migrateDatabase } from "../lib/db/migrate";

runCli(async () => {
  await migrateDatabase(await resolveDatabaseUrl());
  await stopEmbeddedServer();
});

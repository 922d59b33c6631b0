// npm run db:migrate — applies prisma/migrations to DATABASE_URL or to the embedded database.
import { runCli } from "../lib/infra/cli/run-cli";
import { resolveDatabaseUrl } from "../lib/infra/db/database-url";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { migrateDatabase } from "../lib/infra/db/migrate";

runCli(async () => {
  await migrateDatabase(await resolveDatabaseUrl());
  await stopEmbeddedServer();
});

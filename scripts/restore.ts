// npm run restore -- --in файл --yes — replaces the database's contents with a copy made by
// npm run backup (pg_restore for a .dump on DATABASE_URL; the logical copy on either database, after
// migrating it to the copy's version). Stop the portal first; --yes confirms that data will be replaced.
// The uploaded files saved beside the copy (<file>.uploads/) are copied back into UPLOAD_DIR.
import { parseArgs } from "node:util";
import { cliError } from "../lib/infra/cli/database-error";
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { resolveDatabaseUrl } from "../lib/infra/db/database-url";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { migrateDatabase } from "../lib/infra/db/migrate";
import { restoreLogicalBackup } from "../lib/backup/logical-backup";
import { pgRestore } from "../lib/backup/pg-backup";
import { copyUploads } from "../lib/backup/copy-uploads";
import { uploadDir } from "../lib/files/upload-dir";

runCli(async () => {
  const { values } = parseArgs({ options: { in: { type: "string" }, yes: { type: "boolean" } } });
  if (!values.in) throw new Error("укажите файл копии: npm run restore -- --in файл --yes");
  if (!values.yes) throw new Error("восстановление заменит все данные базы: добавьте --yes, если вы уверены");
  try {
    if (values.in.endsWith(".dump")) {
      if (!process.env.DATABASE_URL) throw new Error("копия pg_dump восстанавливается только в PostgreSQL (DATABASE_URL)");
      await pgRestore(process.env.DATABASE_URL, values.in);
      console.log("База PostgreSQL восстановлена из копии pg_dump.");
    } else {
      await migrateDatabase(await resolveDatabaseUrl());
      const { tables, rows } = await restoreLogicalBackup(db, values.in);
      console.log(`База восстановлена: таблиц ${tables}, строк ${rows}.`);
    }
    const files = await copyUploads(`${values.in}.uploads`, uploadDir());
    console.log(`Загруженные файлы: ${files} в ${uploadDir()}`);
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

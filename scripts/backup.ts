// npm run backup -- [--out файл] — a consistent copy of the portal's database. With DATABASE_URL:
// pg_dump (custom format, default kadry-<date>.dump); on the embedded database: a logical copy in one
// snapshot (default kadry-<date>.kadry-backup.gz), safe while the portal runs. The uploaded files
// (UPLOAD_DIR) are copied after the database into <file>.uploads/.
import { parseArgs } from "node:util";
import { cliError } from "../lib/infra/cli/database-error";
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { writeLogicalBackup } from "../lib/backup/logical-backup";
import { pgDump } from "../lib/backup/pg-backup";
import { copyUploads } from "../lib/backup/copy-uploads";
import { uploadDir } from "../lib/files/upload-dir";

runCli(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "-");
  const server = process.env.DATABASE_URL;
  const file = values.out ?? (server ? `kadry-${stamp}.dump` : `kadry-${stamp}.kadry-backup.gz`);
  try {
    if (server) {
      await pgDump(server, file);
      console.log(`Копия PostgreSQL (pg_dump): ${file}`);
    } else {
      const { tables, rows } = await writeLogicalBackup(db, file);
      console.log(`Копия встроенной базы: ${file} — таблиц ${tables}, строк ${rows}`);
    }
    // after the database: every file its snapshot refers to is already on disk
    const files = await copyUploads(uploadDir(), `${file}.uploads`);
    console.log(`Загруженные файлы (${uploadDir()}): ${files} в ${file}.uploads/`);
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

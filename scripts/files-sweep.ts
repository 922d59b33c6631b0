// npm run files:sweep — removes uploaded files no record refers to any more (older than an hour): what a
// crash between writing a file and its record, or a deleted record, left in UPLOAD_DIR.
import { runCli } from "../lib/infra/cli/run-cli";
import { cliError } from "../lib/infra/cli/database-error";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";
import { sweepOrphanBlobs } from "../lib/files/sweep-orphan-blobs";
import { uploadDir } from "../lib/files/upload-dir";

runCli(async () => {
  try {
    const { removed, kept } = await sweepOrphanBlobs(db);
    console.log(`${uploadDir()}: удалено файлов без записи — ${removed}, оставлено — ${kept}`);
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

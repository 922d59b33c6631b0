// npm run export -- --project <code> > file.json — the project as kadry-bundle/1 on stdout, written
// list by list so that a country-sized project needs no single giant string.
import { once } from "node:events";
import { parseArgs } from "node:util";
import { exportBundle } from "../lib/bundle/export-bundle";
import { cliError } from "../lib/infra/cli/database-error";
import { runCli } from "../lib/infra/cli/run-cli";
import { db } from "../lib/infra/db/client";
import { stopEmbeddedServer } from "../lib/infra/db/embedded-server";

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

runCli(async () => {
  try {
    const { values } = parseArgs({ options: { project: { type: "string" } } });
    if (!values.project) throw new Error("укажите проект: npm run export -- --project <код> > файл.json");
    const bundle = await exportBundle(db, values.project);
    const entries = Object.entries(bundle);
    await write("{\n");
    for (const [i, [key, value]] of entries.entries()) {
      const tail = i < entries.length - 1 ? ",\n" : "\n";
      if (!Array.isArray(value)) {
        await write(`${JSON.stringify(key)}: ${JSON.stringify(value)}${tail}`);
        continue;
      }
      await write(`${JSON.stringify(key)}: [`);
      for (let j = 0; j < value.length; j += 1000) {
        await write(
          `${j ? "," : ""}\n${value
            .slice(j, j + 1000)
            .map((item) => JSON.stringify(item))
            .join(",\n")}`,
        );
      }
      await write(`${value.length ? "\n" : ""}]${tail}`);
    }
    await write("}\n");
  } catch (error) {
    throw cliError(error);
  } finally {
    await db.$disconnect();
    await stopEmbeddedServer();
  }
});

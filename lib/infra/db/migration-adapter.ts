// Driver adapter for the Prisma CLI (migrations). @prisma/adapter-pg 6.19 cannot deserialize
// columns of the PostgreSQL type `name` (OID 19), which the schema engine reads from the catalog
// (prisma/orm issue 27403). For this connection only, such columns are reported as text.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { splitSqlScript } from "./split-sql-script";

const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

function nameColumnsAsText(result: unknown): unknown {
  if (!(result instanceof Promise)) return result;
  return result.then((res: pg.QueryResult) => {
    for (const field of res?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return res;
  });
}

// The adapter queries through the pool, and through a pooled client inside transactions.
/* eslint-disable @typescript-eslint/no-explicit-any */
class NameAsTextClient extends pg.Client {
  override query(...args: any[]): any {
    return nameColumnsAsText((super.query as any)(...args));
  }
}

class NameAsTextPool extends pg.Pool {
  override query(...args: any[]): any {
    return nameColumnsAsText((super.query as any)(...args));
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export async function migrationAdapter() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    // the embedded database needs a process to host it while Prisma runs: scripts/db-migrate.ts
    throw new Error("DATABASE_URL не задан: запустите миграции командой npm run db:migrate");
  }
  // one connection: the schema engine's advisory lock and its unlock must use the same session
  const pool = new NameAsTextPool({
    connectionString,
    max: 1,
    allowExitOnIdle: true,
    idleTimeoutMillis: 100,
    Client: NameAsTextClient,
  });
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    // the adapter would cut a migration at every `;`, trigger functions' bodies included
    adapter.executeScript = async (script) => {
      for (const sql of splitSqlScript(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
    };
    return adapter;
  };
  return factory;
}

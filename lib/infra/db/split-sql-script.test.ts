import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSqlScript } from "./split-sql-script";

describe("splitSqlScript", () => {
  it("splits at the semicolons that end statements", () => {
    expect(splitSqlScript("CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);  \n\n")).toEqual([
      "CREATE TABLE a (id int)",
      "INSERT INTO a VALUES (1)",
    ]);
  });

  it("keeps a dollar-quoted function body whole", () => {
    const fn = `CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM a;
  RETURN NULL;
END $$`;
    const tagged = "DO $body$ BEGIN PERFORM 1; END $body$";
    expect(splitSqlScript(`${fn};\n${tagged};\nSELECT $1::int`)).toEqual([fn, tagged, "SELECT $1::int"]);
  });

  it("ignores semicolons in strings, quoted names and comments", () => {
    const statement = `-- a comment; with a semicolon
INSERT INTO "a;b" VALUES ('x;y', 'it''s; fine', E'\\'; still', $t$;$t$) /* ; */`;
    expect(splitSqlScript(`${statement};SELECT 1;`)).toEqual([statement, "SELECT 1"]);
  });

  it("drops pieces that are only comments", () => {
    expect(splitSqlScript("SELECT 1;\n-- the end; really\n")).toEqual(["SELECT 1"]);
  });

  it("splits every migration as the adapter did when it has no quoted semicolons", () => {
    const dir = path.resolve(import.meta.dirname, "../../../prisma/migrations");
    for (const name of fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "migration.sql")))) {
      const script = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      if (script.includes("$$")) continue;
      const naive = script
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      expect(splitSqlScript(script), name).toEqual(naive.filter((s) => splitSqlScript(s).length > 0));
    }
  });
});

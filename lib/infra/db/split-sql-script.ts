// The statements of a migration script, split at the semicolons that end them — not at those inside
// strings, quoted names, comments or dollar-quoted bodies (a PL/pgSQL trigger function has many).
// @prisma/adapter-pg splits at every `;`, which cuts such a function in pieces.
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const skipTo = (end: string, from: number) => {
    const at = script.indexOf(end, from);
    return at < 0 ? script.length : at + end.length;
  };
  while (i < script.length) {
    const ch = script[i];
    if (ch === "'" && /[Ee]/.test(script[i - 1] ?? "")) {
      // E'…': a backslash escapes the next character
      i += 1;
      while (i < script.length && script[i] !== "'") i += script[i] === "\\" ? 2 : 1;
      i += 1;
    } else if (ch === "'" || ch === '"') {
      // a doubled quote inside is an escaped quote: two strings back to back, same result
      i = skipTo(ch, i + 1);
    } else if (script.startsWith("--", i)) {
      i = skipTo("\n", i);
    } else if (script.startsWith("/*", i)) {
      i = skipTo("*/", i + 2);
    } else if (ch === "$") {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i, i + 64))?.[0];
      // `$1` (a parameter) is not a dollar quote: a tag never starts with a digit
      i = tag ? skipTo(tag, i + tag.length) : i + 1;
    } else if (ch === ";") {
      statements.push(script.slice(start, i));
      i += 1;
      start = i;
    } else {
      i += 1;
    }
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0 && !isOnlyComments(s));
}

function isOnlyComments(statement: string): boolean {
  return statement
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .every((line) => line.trim() === "" || line.trim().startsWith("--"));
}

#!/usr/bin/env node
// Prints the demo accounts (one per role) with their passwords, in Russian. Plain Node: it runs before
// the app is built (`npm run demo`). The accounts come from lib/seed/demo-accounts.json, the list the
// seed creates; role names from the interface's own messages.
import fs from "node:fs";

const read = (path) => JSON.parse(fs.readFileSync(new URL(path, import.meta.url), "utf8"));
const accounts = read("../lib/seed/demo-accounts.json");
const roles = read("../messages/ru.json").roles;

const rows = [
  ["E-mail", "Роль", "Пароль"],
  ...accounts.map((a) => [
    a.email,
    `${roles[a.role] ?? a.role}${a.regionCodes?.length ? ` (${a.regionCodes.join(", ")})` : ""}`,
    a.password,
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) =>
  r
    .map((cell, i) => cell.padEnd(widths[i]))
    .join("  ")
    .trimEnd();

console.log("Демо-учётные записи (пароли только для демонстрации — смените их на рабочем сервере):");
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows.slice(1)) console.log(line(r));

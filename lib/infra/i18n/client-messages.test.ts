import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ru from "../../../messages/ru.json";
import { CLIENT_MESSAGE_NAMESPACES, clientMessages } from "./client-messages";

const root = path.resolve(import.meta.dirname, "../../..");

function clientFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(rel);
    if (!/\.tsx?$/.test(entry.name) || /\.test\./.test(entry.name)) return [];
    return /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, rel), "utf8")) ? [rel] : [];
  });
}

/** The namespaces a client file translates with: useTranslations("ns"), or t("ns.key") / t(`ns.${…}`) after useTranslations(). */
function namespacesUsed(source: string): string[] {
  const used = new Set<string>();
  for (const m of source.matchAll(/useTranslations\(\s*["'`]([\w-]+)/g)) used.add(m[1]);
  if (/useTranslations\(\s*\)/.test(source)) {
    for (const m of source.matchAll(/\bt\(\s*["'`]([\w-]+)\./g)) used.add(m[1]);
  }
  return [...used];
}

describe("messages sent to the browser", () => {
  const files = ["app", "components", "lib"].flatMap(clientFiles);

  it("cover every namespace a client component translates with", () => {
    const translating = files.filter((f) => /from "next-intl"/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(translating.length).toBeGreaterThan(0);
    for (const file of translating) {
      const used = namespacesUsed(fs.readFileSync(path.join(root, file), "utf8"));
      expect(used.length, `${file}: no namespace found`).toBeGreaterThan(0);
      for (const ns of used) expect(CLIENT_MESSAGE_NAMESPACES, `${file} uses «${ns}»`).toContain(ns);
    }
  });

  it("keep only those namespaces", () => {
    const sent = clientMessages(ru);
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES].sort());
    expect(sent.auth).toEqual(ru.auth);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(ru).length / 2);
  });
});

// Calls a server action of the running app over HTTP as the browser does: the action's id from the
// build's manifest, the arguments encoded by React's own encodeReply, the Next-Action header.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Client } from "./app-server";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`нет действия ${file}#${exportedName} в сборке`);
  return found[0];
}

/** POSTs `(previousState, formData)` to the action from `pagePath`; resolves with the HTTP status. */
export async function callAction(client: Client, baseUrl: string, pagePath: string, id: string, fields: Record<string, string>) {
  const { encodeReply } = require(path.join(root, "node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js")) as {
    encodeReply: (value: unknown) => Promise<FormData | string>;
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const body = await encodeReply([{ ok: false }, form]);
  const response = await client.fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: {
      "Next-Action": id,
      Accept: "text/x-component",
      ...(typeof body === "string" && { "Content-Type": "text/plain;charset=UTF-8" }),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

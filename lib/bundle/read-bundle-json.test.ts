// Reading a bundle: malformed JSON, empty input, size limit on files and on streamed bodies without a
// Content-Length — each a clear Russian message, never a stack trace.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../infra/errors/app-error";
import { BundleTooLargeError, MAX_BUNDLE_BYTES, parseBundleJson, readBundleFile, readBundleRequest } from "./read-bundle-json";

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("no error");
};

describe("parseBundleJson", () => {
  it("a syntax error is a 400 with a clear message, with the line and column when the parser gives them", () => {
    const error = failure(() => parseBundleJson('{\n  "format": "kadry-bundle/1",\n  "project": }'));
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^Пакет не является корректным JSON/);
    // a missing comma: the parser stops at "project", line 3, column 3
    expect(failure(() => parseBundleJson('{\n  "format": "kadry-bundle/1"\n  "project": 1}')).message).toMatch(
      /в строке 3, столбце 3/,
    );
  });
  it("reports a truncated file and an empty one", () => {
    expect(failure(() => parseBundleJson('{"format": "kadry-bundle/1", "project": {')).message).toMatch(/обрывается/);
    expect(failure(() => parseBundleJson("  \n")).message).toMatch(/пуст/);
  });
  it("accepts a byte-order mark", () => {
    expect(parseBundleJson('\uFEFF{"format": "kadry-bundle/1"}')).toEqual({ format: "kadry-bundle/1" });
  });
});

describe("size limit", () => {
  it("a file over the limit is refused before it is read", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kadry-bundle-")), "big.json");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const error = await readBundleFile(file).catch((e: unknown) => e);
    fs.rmSync(path.dirname(file), { recursive: true });
    expect(error).toBeInstanceOf(BundleTooLargeError);
    expect((error as AppError).status).toBe(413);
    expect((error as AppError).message).toBe(
      "Пакет слишком большой: 200 МБ; предел — 160 МБ. Разделите данные на несколько пакетов",
    );
  });
  it("a streamed body without Content-Length is cut off at the limit", async () => {
    const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > MAX_BUNDLE_BYTES * 2) controller.close();
      },
    });
    const request = new Request("http://x/api/v1/import", { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readBundleRequest(request)).rejects.toBeInstanceOf(BundleTooLargeError);
    expect(sent).toBeLessThanOrEqual(MAX_BUNDLE_BYTES + 2 * chunk.byteLength);
  });
  it("a missing file is a clear error", async () => {
    await expect(readBundleFile("/no/such/bundle.json")).rejects.toThrow(/Файл не найден/);
  });
});

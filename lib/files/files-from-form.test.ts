import { describe, expect, it } from "vitest";
import { filesFromForm } from "./files-from-form";

describe("filesFromForm", () => {
  it("keeps chosen files and drops the empty part of an untouched file input, whatever its name", () => {
    const form = new FormData();
    form.append("files", new File([], "undefined"));
    form.append("files", new File([], ""));
    form.append("files", new File(["%PDF-1.4"], "отчёт.pdf"));
    form.append("text", "не файл");
    expect(filesFromForm(form, "files").map((f) => f.name)).toEqual(["отчёт.pdf"]);
    expect(filesFromForm(form, "text")).toEqual([]);
    expect(filesFromForm(undefined, "files")).toEqual([]);
  });
});

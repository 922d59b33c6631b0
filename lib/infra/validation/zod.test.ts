// formDataToObject: repeated keys become arrays, Next's own fields are skipped, U+0000 is dropped
// (PostgreSQL can't store it in text: a crafted post would otherwise fail the write).
import { describe, expect, it } from "vitest";
import { formDataToObject } from "./zod";

describe("formDataToObject", () => {
  it("keeps values, makes arrays of repeated keys, skips $ACTION fields and drops U+0000", () => {
    const form = new FormData();
    form.append("title", "Семинар\u0000 по кадрам");
    form.append("regions", "YAR");
    form.append("regions", "KOS\u0000");
    form.append("$ACTION_ID_abc", "");
    form.append("file", new Blob(["x"]), "a.txt");
    expect(formDataToObject(form)).toEqual({ title: "Семинар по кадрам", regions: ["YAR", "KOS"] });
  });
});

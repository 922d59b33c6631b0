// The deployment files keep what issue 18 fixed: the image gets no secrets or local data (item 8), and
// nginx sets the forwarded headers instead of passing on the client's (items 1 and 2).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

describe(".dockerignore", () => {
  const ignored = read(".dockerignore")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));

  it("leaves out secrets, the local database and uploads, dependencies and build output", () => {
    for (const entry of [".env", ".env.*", ".data/", "node_modules/", ".next/", "test-results/", "playwright-report/"]) {
      expect(ignored).toContain(entry);
    }
  });

  it("the build copies the tree only after .dockerignore applies to it", () => {
    expect(read("deploy/Dockerfile")).toMatch(/^COPY \. \.$/m);
  });
});

describe("deploy/nginx.conf", () => {
  const conf = read("deploy/nginx.conf");

  it("sets X-Forwarded-For to the address it saw instead of appending to the client's", () => {
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(conf).not.toContain("$proxy_add_x_forwarded_for");
  });

  it("sets X-Forwarded-Host and X-Forwarded-Proto itself", () => {
    expect(conf).toMatch(/proxy_set_header X-Forwarded-Host \$host;/);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
  });
});

// npm run test:ops — tests of the running, built app against PostgreSQL clusters of their own: faults
// (the database stopped and started, a killed import) and two instances behind one database.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib's server-only marker is Next's to enforce (vitest.config.ts)
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/ops/**/*.test.ts"],
    environment: "node",
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

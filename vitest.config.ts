import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib's server-only marker is Next's to enforce; tests import lib in Node, as the react-server condition would
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  // components' tests render them to HTML with react-dom/server (the app's own JSX runtime)
  esbuild: { jsx: "automatic" },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.tsx", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; inlined, it
    // goes through Vite's resolver like the app's own code (lib/auth/session is imported by the refusal log)
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // each file gets its own database; two cores: two files at a time
    maxWorkers: 2,
  },
});

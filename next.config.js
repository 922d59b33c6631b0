import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/infra/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and its socket server load WebAssembly and data files at run time: keep them out of the bundle
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "pg", "exceljs", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403
  experimental: {
    authInterrupts: true,
    // the largest form body: the administrators' bundle upload (app/admin/import; the importer refuses more
    // than 160 MB). Uploaded files (lib/files/file-limits.ts: 5 × 20 MB a form) stay well below it, so an
    // over-limit file is refused by lib/files with a message beside the field, never by this limit.
    serverActions: { bodySizeLimit: "160mb" },
  },
};

export default withNextIntl(nextConfig);

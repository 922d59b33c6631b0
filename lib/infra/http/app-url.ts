// The portal's public address (APP_URL) for every absolute link: e-mails, calendar feeds, .ics files.
// Never the request's Host or X-Forwarded-Host: whoever sends a request can write those, and a password
// reset link built from them would lead to the sender's site (issue 18, item 1).

/** What is wrong with APP_URL, or null. Production refuses to start with a problem (instrumentation.ts). */
export function appUrlProblem(env: Record<string, string | undefined> = process.env): string | null {
  const value = env.APP_URL?.trim();
  if (!value) {
    return env.NODE_ENV === "production"
      ? "APP_URL не задан: укажите публичный адрес портала, например APP_URL=https://kadry.example.gov.ru (APP_URL is not set: the portal's public address is required in production)"
      : null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `APP_URL «${value}» — не адрес вида https://kadry.example.gov.ru (APP_URL is not an absolute URL)`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return `APP_URL «${value}»: нужен http:// или https:// (APP_URL must be http or https)`;
  if (url.search || url.hash || url.username)
    return `APP_URL «${value}»: только схема, хост, порт и путь (APP_URL must not carry a query, fragment or credentials)`;
  return null;
}

/**
 * APP_URL without a trailing slash. Outside production it may be unset: then the local address of
 * `npm run dev` (http://localhost:$PORT), never the request's Host.
 */
export function appUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.APP_URL?.trim();
  if (value && !appUrlProblem(env)) return value.replace(/\/+$/, "");
  if (env.NODE_ENV === "production") throw new Error(appUrlProblem(env) ?? "APP_URL");
  return `http://localhost:${env.PORT || 3000}`;
}

/** An absolute link to a page of the portal (`path` starts with /), for e-mails and calendar files. */
export function portalLink(path: string): string {
  return `${appUrl()}${path}`;
}

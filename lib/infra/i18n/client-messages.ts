// The messages sent to the browser: only the namespaces that client components translate with. The
// provider would otherwise put every message of the locale into every page's payload (about 10 KB twice:
// in the HTML and in React's data), though server components translate on the server.
// client-messages.test.ts reads every "use client" file and fails when one uses a namespace missing here.
export const CLIENT_MESSAGE_NAMESPACES = ["auth", "common", "errors", "roles"] as const;

export function clientMessages<T extends Record<string, unknown>>(messages: T): Partial<T> {
  return Object.fromEntries(
    CLIENT_MESSAGE_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  ) as Partial<T>;
}

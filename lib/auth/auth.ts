// Auth.js (next-auth v5): e-mail + password (+ second factor) sign-in. The encrypted JWT cookie only
// names a server-side session (lib/auth/sessions); who the user is, what they may do and whether the
// session still lives is read from the database on every request (lib/auth/session.ts), so sign-out,
// revocation and time-outs take effect at once on every instance.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../infra/db/client";
import { recordSecurityEvent } from "../security-log/record-security-event";
import { clientFromHeaders } from "../security-log/client-of-request";
import { authSecret } from "./auth-secret";
import { endUserSession } from "./sessions/end-user-session";
import { sessionTimeouts } from "./sessions/session-timeouts";
import { verifyCredentials } from "./verify-credentials";

/** The sign-in outcome the form tells the user about (CredentialsSignin's `code`). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
  code: z.string().max(40).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  // the cookie may live as long as the absolute time-out; the session row decides sooner
  session: { strategy: "jwt", maxAge: Math.ceil(sessionTimeouts().absoluteMs / 1000) },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await verifyCredentials(db, { ...parsed.data, client: clientFromHeaders(request.headers) });
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.userId, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sid = token?.sid as string | undefined;
      if (sid && (await endUserSession(db, sid))) {
        await recordSecurityEvent(db, { kind: "sign_out", userId: (token?.uid as string | undefined) ?? null });
      }
    },
  },
});

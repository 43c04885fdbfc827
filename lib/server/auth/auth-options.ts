import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp, userAgent } from "@/lib/server/http/client-ip";
import { SESSION_MAX_AGE_SECONDS, verifyCredentials } from "./verify-credentials";

// JWT strategy (the only one next-auth v4 allows with credentials), but the token carries just the id of a
// UserSession row: every request re-checks that row and the user, so sign-out and disabling work everywhere at once.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const headers = (req?.headers ?? {}) as Record<string, string>;
          const result = await verifyCredentials(credentials, { ip: clientIp(headers), userAgent: userAgent(headers) });
          // next-auth turns a thrown error's message into ?error=<message>; the codes map to SIGN_IN_ERRORS.
          if (!result.ok) throw new Error(result.error);
          return { id: result.user.id, email: result.user.email, name: result.user.name, sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sid = (user as { sessionId?: string }).sessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") {
          await db.userSession.updateMany({ where: { id: token.sid, revokedAt: null }, data: { revokedAt: new Date() } });
        }
      },
    },
  };
}

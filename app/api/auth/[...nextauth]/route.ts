import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";

type TContext = { params: Promise<{ nextauth: string[] }> };

function handler(req: Request, ctx: TContext) {
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };

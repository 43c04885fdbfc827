// Demo data for `npm run dev`: one organization and its owner. Idempotent; prints how to sign in every time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemo } from "../prisma/seed-demo";

const email = process.env.RINGLINK_SEED_ADMIN_EMAIL ?? "admin@ringlink.local";
const password = process.env.RINGLINK_SEED_ADMIN_PASSWORD;
if (process.env.NODE_ENV === "production") {
  console.error("Refusing to seed demo data in production.");
  process.exit(1);
}
if (!password || password.length < 10) {
  console.error("RINGLINK_SEED_ADMIN_PASSWORD must be set (10+ characters) to seed the demo admin.");
  process.exit(1);
}
const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
try {
  const result = await seedDemo(client, { email, password });
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  console.log(`
┌──────────────────────────────────────────────────────────────
│ Ringlink is starting.${result.created ? " Demo data created." : ""}
│ Sign in:   ${base}/sign-in
│ Email:     ${email}
│ Password:  ${password}
└──────────────────────────────────────────────────────────────`);
} finally {
  await client.$disconnect();
}

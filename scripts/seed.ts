// Demo data for `npm run dev`: one organization, its owner, a trunk, an ICE set and two widgets. Idempotent;
// prints how to sign in every time.
import { db } from "../lib/db";
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
const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
try {
  const result = await seedDemo(db, { email, password, });
  console.log(`
┌──────────────────────────────────────────────────────────────
│ Ringlink is starting.${result.created ? " Demo data created." : ""}
│ Sign in:   ${base}/sign-in
│ Email:     ${email}
│ Password:  ${password}${result.hostedSlug ? `\n│ Call page: ${base}/c/${result.hostedSlug} (demo widget; enter your SBC on the trunk to call)` : ""}
└──────────────────────────────────────────────────────────────`);
} finally {
  await db.$disconnect();
}

import { verify } from "@node-rs/argon2";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { addMember, createOrganization, hashPassword } from "./factories";
import { seedDemoResources } from "./seed-demo-resources";

// Creates the demo organization, its owner and (with a new organization only) its demo trunk, ICE set and widgets
// once. If the admin exists but the configured password changed, the hash is updated so the credentials printed at
// start-up are always the ones that work.
export async function seedDemo(db: PrismaClient, opts: { email: string; password: string }) {
  const email = opts.email.toLowerCase();
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    if (!(await verify(existing.passwordHash, opts.password))) {
      await db.user.update({ where: { id: existing.id }, data: { passwordHash: await hashPassword(opts.password) } });
    }
    return { created: false };
  }
  const existingOrg = await db.organization.findUnique({ where: { slug: "acme" } });
  const org = existingOrg ?? (await createOrganization(db, { name: "Acme Support", slug: "acme" }));
  const user = await db.user.create({
    data: { email, name: "Demo Admin", passwordHash: await hashPassword(opts.password) },
  });
  await addMember(db, org.id, user.id, "OWNER");
  if (existingOrg) return { created: true, hostedSlug: null };
  const demo = await seedDemoResources({ organizationId: org.id, actor: { organizationId: org.id, userId: user.id, email } });
  return { created: true, hostedSlug: demo.hostedSlug };
}

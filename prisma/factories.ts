// Data factories shared by the demo seed and the tests. Each call makes fresh, unique rows so tests never collide.
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/generated/prisma/enums";

const unique = () => randomBytes(5).toString("hex");

export async function hashPassword(password: string) {
  // argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline.
  return hash(password);
}

export async function createUser(
  db: PrismaClient,
  opts: { email?: string; name?: string; password?: string; disabled?: boolean } = {},
) {
  const password = opts.password ?? `pw-${unique()}-${unique()}`;
  const user = await db.user.create({
    data: {
      email: (opts.email ?? `user-${unique()}@example.test`).toLowerCase(),
      name: opts.name ?? "Test User",
      passwordHash: await hashPassword(password),
      disabledAt: opts.disabled ? new Date() : null,
    },
  });
  return { ...user, password };
}

export async function createOrganization(db: PrismaClient, opts: { name?: string; slug?: string } = {}) {
  const suffix = unique();
  return db.organization.create({
    data: { name: opts.name ?? `Org ${suffix}`, slug: opts.slug ?? `org-${suffix}` },
  });
}

export async function addMember(db: PrismaClient, organizationId: string, userId: string, role: Role) {
  return db.membership.create({ data: { organizationId, userId, role } });
}

// An organization with one member of the given role: the usual starting point of a test.
export async function createOrgWithUser(db: PrismaClient, role: Role = "OWNER", userOpts: Parameters<typeof createUser>[1] = {}) {
  const org = await createOrganization(db);
  const user = await createUser(db, userOpts);
  await addMember(db, org.id, user.id, role);
  return { org, user };
}

// A widget row with safe defaults; `data` overrides any column (allowedOrigins, hours, status…).
export async function createWidgetRow(db: PrismaClient, organizationId: string, data: Partial<Prisma.WidgetUncheckedCreateInput> = {}) {
  const suffix = unique();
  return db.widget.create({
    data: {
      organizationId,
      publicId: `${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`,
      slug: `widget-${suffix}`,
      name: `Widget ${suffix}`,
      destination: "200",
      ...data,
    },
  });
}

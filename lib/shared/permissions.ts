// Who may do what. Guards declare the permission they need at the call site; this table is the only place that
// maps roles to permissions.
export const ROLES = ["OWNER", "ADMIN", "VIEWER"] as const;
export type TRole = (typeof ROLES)[number];

const READ = [
  "org.read",
  "members.read",
  "audit.read",
  "trunks.read",
  "ice.read",
  "widgets.read",
  "calls.read",
  "leads.read",
] as const;

const WRITE = [
  "org.update",
  "members.invite",
  "members.update",
  "members.remove",
  "trunks.write",
  "trunks.export",
  "ice.write",
  "widgets.write",
  "leads.write",
] as const;

// Only owners can make or unmake owners, or delete the organization.
const OWNER_ONLY = ["members.manage-owners", "org.delete"] as const;

export type TPermission = (typeof READ)[number] | (typeof WRITE)[number] | (typeof OWNER_ONLY)[number];

export const ROLE_PERMISSIONS: Record<TRole, ReadonlySet<TPermission>> = {
  OWNER: new Set<TPermission>([...READ, ...WRITE, ...OWNER_ONLY]),
  ADMIN: new Set<TPermission>([...READ, ...WRITE]),
  VIEWER: new Set<TPermission>(READ),
};

export function can(role: TRole, permission: TPermission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

export const ROLE_LABELS: Record<TRole, string> = { OWNER: "Owner", ADMIN: "Admin", VIEWER: "Viewer" };

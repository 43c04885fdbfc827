import type { TRole } from "./permissions";

// The member-management rules as pure functions, so the UI (which controls to render) and the services (what to
// refuse, inside the transaction with fresh data) apply the same table.
export type TRuleResult = { ok: true } | { ok: false; code: "forbidden" | "conflict"; message: string };

const OK: TRuleResult = { ok: true };
const LAST_OWNER: TRuleResult = {
  ok: false,
  code: "conflict",
  message: "An organization needs at least one owner. Make another member an owner first.",
};
const deny = (message: string): TRuleResult => ({ ok: false, code: "forbidden", message });

function canManage(actorRole: TRole, targetRole: TRole): TRuleResult {
  if (actorRole === "VIEWER") return deny("Viewers cannot change members.");
  if (targetRole === "OWNER" && actorRole !== "OWNER") return deny("Only owners can change or remove an owner.");
  return OK;
}

export function checkRoleChange(o: { actorRole: TRole; targetRole: TRole; newRole: TRole; ownerCount: number }): TRuleResult {
  const manage = canManage(o.actorRole, o.targetRole);
  if (!manage.ok) return manage;
  if (o.newRole === "OWNER" && o.actorRole !== "OWNER") return deny("Only owners can make someone an owner.");
  if (o.targetRole === "OWNER" && o.newRole !== "OWNER" && o.ownerCount <= 1) return LAST_OWNER;
  return OK;
}

export function checkRemoval(o: { actorRole: TRole; targetRole: TRole; ownerCount: number }): TRuleResult {
  const manage = canManage(o.actorRole, o.targetRole);
  if (!manage.ok) return manage;
  if (o.targetRole === "OWNER" && o.ownerCount <= 1) return LAST_OWNER;
  return OK;
}

export function checkLeave(o: { role: TRole; ownerCount: number }): TRuleResult {
  return o.role === "OWNER" && o.ownerCount <= 1 ? LAST_OWNER : OK;
}

export function checkInviteRole(o: { actorRole: TRole; inviteRole: TRole }): TRuleResult {
  if (o.actorRole === "VIEWER") return deny("Viewers cannot invite members.");
  if (o.inviteRole === "OWNER" && o.actorRole !== "OWNER") return deny("Only owners can invite owners.");
  return OK;
}

// Roles the actor may pick for a member currently holding targetRole (the UI's select options).
export function assignableRoles(actorRole: TRole, targetRole: TRole): TRole[] {
  if (!canManage(actorRole, targetRole).ok) return [];
  return actorRole === "OWNER" ? ["OWNER", "ADMIN", "VIEWER"] : ["ADMIN", "VIEWER"];
}

import { z } from "zod";
import { ROLES } from "./permissions";

const ZId = z.string().trim().min(1, { message: "Missing id." }).max(64);

export const ZRole = z.enum(ROLES, { message: "Pick a role: owner, admin or viewer." });

export const ZChangeMemberRole = z.object({ membershipId: ZId, role: ZRole });
export type TChangeMemberRole = z.infer<typeof ZChangeMemberRole>;

export const ZRemoveMember = z.object({ membershipId: ZId });
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const ZLeaveOrganization = z.object({});

import { z } from "zod";
import { ZRole } from "./member-schemas";

// 32 random bytes in base64url are exactly 43 characters.
export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "This invite link is not valid." });

export const ZCreateInvite = z.object({
  email: z.string().trim().toLowerCase().email({ message: "Enter a valid email address." }).max(254),
  role: ZRole,
});
export type TCreateInvite = z.infer<typeof ZCreateInvite>;

export const ZInviteId = z.object({ inviteId: z.string().trim().min(1, { message: "Missing id." }).max(64) });

export const ZAcceptInvite = z.object({ token: ZInviteToken });

export const ZAcceptInviteWithSignup = z.object({
  token: ZInviteToken,
  name: z.string().trim().min(1, { message: "Enter your name." }).max(100, { message: "Use at most 100 characters." }),
  password: z
    .string()
    .min(12, { message: "Use at least 12 characters." })
    .max(200, { message: "Use at most 200 characters." }),
});
export type TAcceptInviteWithSignup = z.infer<typeof ZAcceptInviteWithSignup>;

export const INVITE_TTL_DAYS = 7;

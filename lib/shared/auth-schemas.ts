import { z } from "zod";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email({ message: "Enter a valid email address." }).max(254),
  password: z.string().min(1, { message: "Enter your password." }).max(200),
});
export type TSignIn = z.infer<typeof ZSignIn>;

// Messages shown on the sign-in page. One message for unknown email and wrong password: no user enumeration.
export const SIGN_IN_ERRORS = {
  invalid: "That email and password don't match an account.",
  throttled: "Too many sign-in attempts. Wait a few minutes and try again.",
  disabled: "This account has been disabled. Ask an owner of your organization.",
} as const;
export type TSignInError = keyof typeof SIGN_IN_ERRORS;

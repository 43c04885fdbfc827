import { SIGN_IN_ERRORS, type TSignInError } from "./auth-schemas";

// next-auth reports failures as ?error=<code>: ours (thrown from authorize) or its own ("SessionRequired",
// "CredentialsSignin", "Configuration"…). Anything we did not write gets a neutral message, never the raw code.
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (Object.hasOwn(SIGN_IN_ERRORS, code)) return SIGN_IN_ERRORS[code as TSignInError];
  if (code === "SessionRequired") return "Sign in to continue.";
  return "We couldn't sign you in. Try again.";
}

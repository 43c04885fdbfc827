import { test, expect } from "vitest";
import { SIGN_IN_ERRORS } from "./auth-schemas";
import { signInErrorMessage } from "./sign-in-error";

test("maps our codes to their messages and hides everything else behind a neutral one", () => {
  expect(signInErrorMessage("invalid")).toBe(SIGN_IN_ERRORS.invalid);
  expect(signInErrorMessage("throttled")).toBe(SIGN_IN_ERRORS.throttled);
  expect(signInErrorMessage("disabled")).toBe(SIGN_IN_ERRORS.disabled);
  expect(signInErrorMessage("SessionRequired")).toBe("Sign in to continue.");
  expect(signInErrorMessage("toString")).toBe("We couldn't sign you in. Try again.");
  expect(signInErrorMessage("<script>")).toBe("We couldn't sign you in. Try again.");
  expect(signInErrorMessage(null)).toBeNull();
  expect(signInErrorMessage("")).toBeNull();
});

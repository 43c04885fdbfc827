import { expect, test } from "vitest";
import { browserFamily, micCause, micProblem } from "./mic-problems";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
const err = (name: string) => Object.assign(new Error("x"), { name });

test("DOMException names map to causes, legacy names included", () => {
  expect(micCause(err("NotAllowedError"), true)).toBe("denied");
  expect(micCause(err("PermissionDeniedError"), true)).toBe("denied");
  expect(micCause(err("NotFoundError"), true)).toBe("no-device");
  expect(micCause(err("OverconstrainedError"), true)).toBe("no-device");
  expect(micCause(err("NotReadableError"), true)).toBe("busy");
  expect(micCause(err("TrackStartError"), true)).toBe("busy");
  expect(micCause(err("TypeError"), true)).toBe("unknown");
  expect(micCause({ name: "NotAllowedError" }, true)).toBe("denied");
});

test("an insecure page is named as such whatever the error", () => {
  expect(micProblem(err("TypeError"), { secureContext: false, userAgent: CHROME })).toMatchObject({ cause: "insecure", title: "This page is not secure" });
});

test("the fix for a blocked microphone is written for the visitor's browser", () => {
  expect(browserFamily(CHROME)).toBe("chrome");
  expect(browserFamily(FIREFOX)).toBe("firefox");
  expect(browserFamily(SAFARI)).toBe("safari");
  expect(micProblem(err("NotAllowedError"), { secureContext: true, userAgent: CHROME }).fix).toMatch(/address bar/);
  expect(micProblem(err("NotAllowedError"), { secureContext: true, userAgent: FIREFOX }).fix).toMatch(/crossed-out microphone/);
  expect(micProblem(err("NotAllowedError"), { secureContext: true, userAgent: SAFARI }).fix).toMatch(/Settings for This Website/);
});

test("no device and busy device get their own words", () => {
  expect(micProblem(err("NotFoundError"), { secureContext: true, userAgent: CHROME }).title).toBe("No microphone found");
  expect(micProblem(err("NotReadableError"), { secureContext: true, userAgent: CHROME }).fix).toMatch(/Close other calls/);
});

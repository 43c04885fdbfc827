import { expect, test } from "vitest";
import { endMessage, reasonForSipCode, remoteByeReason } from "./end-reason";

test("SIP final responses map to what the visitor is told", () => {
  const cases: [number, string][] = [
    [486, "busy"], [600, "busy"],
    [408, "no-answer"], [480, "no-answer"], [487, "no-answer"],
    [403, "rejected"], [603, "rejected"], [404, "rejected"], [407, "rejected"],
    [500, "network-failure"], [503, "network-failure"],
  ];
  for (const [code, reason] of cases) expect([code, reasonForSipCode(code)]).toEqual([code, reason]);
});

test("487 after our own CANCEL is a cancelled call, not an unanswered one", () => {
  expect(reasonForSipCode(487, true)).toBe("cancelled");
});

test("a remote BYE at the limit is the max duration, earlier it is the agent", () => {
  expect(remoteByeReason(3500, 5)).toBe("hangup-agent");
  expect(remoteByeReason(4600, 5)).toBe("max-duration");
  expect(remoteByeReason(5200, 5)).toBe("max-duration");
});

test("every reason has a sentence for the visitor", () => {
  expect(endMessage("busy")).toMatch(/busy/);
  expect(endMessage("media-failure")).toMatch(/could not hear/);
});

import { expect, test } from "vitest";
import { ZSipDestination } from "./sip-destination";

test.each(["100", "+4930123456", "*97#", "sales_desk", "0-800"])("%j is a valid destination", (d) => {
  expect(ZSipDestination.parse(d)).toBe(d);
});

test.each(["", "100@pbx", "sip:100", "100;user=phone", "1.2", "500&SIP/trunk/0044", "1 00", "x".repeat(33)])(
  "%j is refused with a message a person can act on",
  (d) => {
    const r = ZSipDestination.safeParse(d);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/digits, letters/);
  },
);

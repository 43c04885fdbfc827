import { expect, test } from "vitest";
import { CALL_TEXTS } from "@/lib/shared/widget/call-i18n";
import type { TEndReason } from "./types";
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

const REASONS: TEndReason[] = ["hangup-visitor", "hangup-agent", "cancelled", "busy", "no-answer", "rejected", "refused", "network-failure", "media-failure", "max-duration"];

test("every reason has its own sentence for the visitor, in English as the lab tests read it", () => {
  const en = REASONS.map((r) => endMessage(r, CALL_TEXTS.en));
  expect(new Set(en).size).toBe(REASONS.length);
  expect(endMessage("busy", CALL_TEXTS.en)).toMatch(/busy/);
  expect(endMessage("hangup-agent", CALL_TEXTS.en)).toBe("The other side hung up.");
  expect(endMessage("media-failure", CALL_TEXTS.en)).toMatch(/could not hear the other side/);
});

test("end reasons come out in the requested language", () => {
  expect(endMessage("busy", CALL_TEXTS.de)).toBe("Die Leitung ist besetzt. Bitte versuchen Sie es in ein paar Minuten erneut.");
  expect(endMessage("hangup-agent", CALL_TEXTS.de)).toBe("Ihr Gesprächspartner hat aufgelegt.");
  expect(endMessage("no-answer", CALL_TEXTS.es)).toBe("Nadie ha contestado. Inténtalo de nuevo más tarde.");
  expect(endMessage("media-failure", CALL_TEXTS.fr)).toMatch(/^Nous n'entendions pas votre correspondant/);
  for (const lang of ["de", "es", "fr"] as const) {
    for (const r of REASONS) expect(endMessage(r, CALL_TEXTS[lang]), `${lang} ${r}`).not.toBe(endMessage(r, CALL_TEXTS.en));
  }
});

test("a network failure before the answer says the call never got through, in every language", () => {
  expect(endMessage("network-failure", CALL_TEXTS.en, false)).toMatch(/^We could not connect your call/);
  expect(endMessage("network-failure", CALL_TEXTS.en, true)).toMatch(/^The connection was lost/);
  for (const lang of ["en", "de", "es", "fr"] as const) {
    expect(endMessage("network-failure", CALL_TEXTS[lang], false)).not.toBe(endMessage("network-failure", CALL_TEXTS[lang], true));
    expect(endMessage("busy", CALL_TEXTS[lang], false)).toBe(endMessage("busy", CALL_TEXTS[lang], true));
  }
});

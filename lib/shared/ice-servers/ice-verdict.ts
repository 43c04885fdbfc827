import { describeIceUrl, parseIceUrl } from "./ice-url";

// Turns raw gathering results into the sentence an admin reads: "TURN over TCP works; UDP relay did not answer
// within 3 s". Pure, so the wording is unit-tested without a browser.
export type TProbeOutcome = {
  url: string;
  firstMs: Partial<Record<"host" | "srflx" | "prflx" | "relay", number>>;
  errors: { code: number; text: string }[];
  timedOut: boolean;
};

// `unclear`: nothing proves the server failed (a STUN answer can be invisible on a network without NAT).
export type TUrlVerdict = { url: string; label: string; ok: boolean; unclear?: boolean; text: string };

// Chromium's error texts end with a period; ours go inside parentheses.
const tidy = (text: string) => text.trim().replace(/\.$/, "");
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function verdictFor(o: TProbeOutcome, timeoutMs: number): TUrlVerdict {
  const parsed = parseIceUrl(o.url);
  const label = parsed.ok ? describeIceUrl(parsed.url) : o.url;
  const isTurn = o.url.startsWith("turn");
  const want = isTurn ? o.firstMs.relay : o.firstMs.srflx;
  if (want !== undefined) return { url: o.url, label, ok: true, text: `${label} works (${isTurn ? "relay" : "reflexive"} candidate in ${want} ms)` };
  const authError = o.errors.find((e) => e.code === 401 || e.code === 403 || e.code === 437);
  if (authError) return { url: o.url, label, ok: false, text: `${label}: credentials refused (${authError.code} ${tidy(authError.text)})` };
  const short = isTurn ? label.replace(/^TURN over (UDP|TCP|TLS)$/, "$1 relay") : label;
  if (!isTurn && !o.timedOut) {
    // With no NAT in between, the reflexive address equals the host address and browsers drop the duplicate.
    return { url: o.url, label, ok: false, unclear: true, text: `${label}: no reflexive candidate (the server did not answer, or this network has no NAT)` };
  }
  if (o.timedOut) return { url: o.url, label, ok: false, text: `${short} did not answer within ${seconds(timeoutMs)}` };
  const failure = o.errors[0];
  const why = failure ? `${failure.code ? `${failure.code} ` : ""}${tidy(failure.text)}`.trim() : "the server could not be reached";
  return { url: o.url, label, ok: false, text: `${label}: no relay candidate (${why})` };
}

export function overallVerdict(verdicts: TUrlVerdict[], opts: { relayOnly?: boolean } = {}): string {
  if (verdicts.length === 0) return "No servers to test.";
  const works = verdicts.filter((v) => v.ok).map((v) => `${v.label} works`);
  const fails = verdicts.filter((v) => !v.ok).map((v) => v.text);
  const text = [...new Set(works)].concat(fails).join("; ");
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  if (!opts.relayOnly) return sentence;
  // A relay-only set lives or dies by its TURN servers: visitors' browsers use no other candidate.
  const relays = verdicts.filter((v) => v.ok && v.url.startsWith("turn"));
  if (relays.length === 0) return `Relay only, and no TURN server gave a relay candidate: calls through this set would fail. ${sentence}`;
  return `${sentence} Relay only: calls will go through ${[...new Set(relays.map((v) => v.label))].join(" or ")}.`;
}

// Decides when ICE gathering is "good enough" to send the INVITE. sip.js waits for gathering to complete (or its
// timeout) before sending; a STUN/TURN server that never answers keeps Chromium gathering for ~40 s.
//  - a relay candidate ends the wait at once: it works on any network that lets us reach the TURN server;
//  - a host/srflx candidate ends it after a short grace when a TURN server is configured (a relay candidate usually
//    follows within tens of ms and saves visitors behind UDP-blocking firewalls), at once otherwise.

export const RELAY_GRACE_MS = 120;

type TCandidate = { type?: string | null; candidate?: string } | null;

export function candidateType(c: TCandidate): string | null {
  if (!c) return null;
  if (c.type) return c.type;
  const m = / typ (host|srflx|prflx|relay)/.exec(c.candidate ?? "");
  return m ? m[1]! : null;
}

export function createIceGate(opts: { hasTurn: boolean; complete: () => void; graceMs?: number }) {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    opts.complete();
  };
  return {
    candidate(c: TCandidate) {
      const type = candidateType(c);
      if (done || !type) return;
      if (type === "relay" || !opts.hasTurn) return finish();
      timer ??= setTimeout(finish, opts.graceMs ?? RELAY_GRACE_MS);
    },
    dispose() {
      done = true;
      if (timer) clearTimeout(timer);
    },
  };
}

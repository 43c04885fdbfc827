// When to try the SBC's WebSocket again after it dropped mid-call, and when to stop. The media path may still be
// fine, but a dialog without its signalling connection cannot be hung up from either side: reconnect quickly, spread
// out (a restarted SBC must not get every visitor back in the same millisecond), and give up within a bound.

export type TBackoff = { baseMs: number; capMs: number; jitter: number; giveUpMs: number };

// 0.5, 1, 2, 4, 4… s, each ±30 %, and a last attempt right at 15 s after the drop; with an attempt's own 6 s limit the
// visitor reads "The connection dropped" between 15 s (the SBC refuses at once) and ~21 s after the drop.
export const RECONNECT_BACKOFF: TBackoff = { baseMs: 500, capMs: 4000, jitter: 0.3, giveUpMs: 15_000 };

export type TReconnectStep = { kind: "wait"; delayMs: number } | { kind: "give-up" };

// `attempt` counts from 0; `random` is Math.random in the browser (a fixed value in tests).
export function nextReconnect(o: { attempt: number; lostAt: number; now: number; random: () => number; backoff?: TBackoff }): TReconnectStep {
  const b = o.backoff ?? RECONNECT_BACKOFF;
  const nominal = Math.min(b.capMs, b.baseMs * 2 ** Math.min(o.attempt, 30));
  const delayMs = Math.round(nominal * (1 + b.jitter * (2 * o.random() - 1)));
  const left = o.lostAt + b.giveUpMs - o.now;
  if (left <= 0) return { kind: "give-up" };
  // The budget is used to its end: a delay that would overshoot it is shortened to one last attempt at the bound.
  return { kind: "wait", delayMs: Math.min(delayMs, left) };
}

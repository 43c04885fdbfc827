import { nextReconnect } from "./reconnect-backoff";
import { opened, released } from "./resources";

export type TReconnectOptions = {
  attempt: () => Promise<void>; // one reconnect (WebSocket + re-INVITE); rejects when it did not work
  onRestored(afterMs: number): void;
  onGiveUp(): void;
  // An attempt that neither works nor fails (a re-INVITE whose answer never comes) counts as failed after this.
  attemptTimeoutMs?: number;
};

// Runs attempts on the backoff schedule until one works or the bound passes. Returns a stop function (the dialer
// calls it when the call ends any other way); its timer is counted in the live resources like every other.
export function startReconnect(o: TReconnectOptions): () => void {
  const lostAt = Date.now();
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  opened("timers");
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    released("timers");
  };
  const tryOnce = async () => {
    attempts++;
    let limit: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => (limit = setTimeout(() => reject(new Error("timed out")), o.attemptTimeoutMs ?? 6000)));
    try {
      await Promise.race([o.attempt(), timedOut]);
      if (stopped) return;
      stop();
      o.onRestored(Date.now() - lostAt);
    } catch {
      schedule();
    } finally {
      clearTimeout(limit);
    }
  };
  const schedule = () => {
    if (stopped) return;
    const step = nextReconnect({ attempt: attempts, lostAt, now: Date.now(), random: Math.random });
    if (step.kind === "give-up") {
      stop();
      return o.onGiveUp();
    }
    timer = setTimeout(() => void tryOnce(), step.delayMs);
  };
  schedule();
  return stop;
}

// Talks to the agent's baresip over ctrl_tcp (JSON in netstrings "<len>:<json>,"): commands such as hangup, and
// the events baresip pushes to every connected client (CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED,
// CALL_DTMF_START...). Usable from the harness and from Playwright specs (ports come from the lab env).
import { readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type TAgentEvent = { type: string; param?: string; peeruri?: string; id?: string; at: number };

export type TAgentClient = {
  events: () => TAgentEvent[];
  waitForEvent: (type: string, o?: { timeoutMs?: number; since?: number }) => Promise<TAgentEvent>;
  command: (command: string, params?: string) => Promise<string>;
  hangup: () => Promise<string>;
  dtmfReceived: () => string;
  incomingCalls: () => number;
  lastRecording: () => string | null;
  close: () => void;
};

export function connectAgent(o: { ctrlPort: number; recordingsDir: string }): Promise<TAgentClient> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(o.ctrlPort, "127.0.0.1");
    const events: TAgentEvent[] = [];
    const waiters = new Set<() => void>();
    const pending = new Map<string, (data: string) => void>();
    let buf = Buffer.alloc(0);
    let token = 0;

    sock.on("data", (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const colon = buf.indexOf(":");
        if (colon < 0) break;
        const len = Number(buf.subarray(0, colon).toString());
        if (buf.length < colon + 1 + len + 1) break;
        const msg = JSON.parse(buf.subarray(colon + 1, colon + 1 + len).toString()) as Record<string, unknown>;
        buf = buf.subarray(colon + 1 + len + 1);
        if (msg.event) {
          events.push({ type: String(msg.type), param: str(msg.param), peeruri: str(msg.peeruri), id: str(msg.id), at: Date.now() });
          waiters.forEach((w) => w());
        } else if (msg.response && typeof msg.token === "string") {
          pending.get(msg.token)?.(String(msg.data ?? ""));
          pending.delete(msg.token);
        }
      }
    });
    sock.once("error", reject);

    const command = (cmd: string, params = "") =>
      new Promise<string>((res) => {
        const t = String(++token);
        pending.set(t, res);
        const body = Buffer.from(JSON.stringify({ command: cmd, params, token: t }));
        sock.write(Buffer.concat([Buffer.from(`${body.length}:`), body, Buffer.from(",")]));
      });

    const waitForEvent = (type: string, w: { timeoutMs?: number; since?: number } = {}) =>
      new Promise<TAgentEvent>((res, rej) => {
        const check = () => {
          const hit = events.find((e) => e.type === type && e.at >= (w.since ?? 0));
          if (!hit) return;
          clearTimeout(timer);
          waiters.delete(check);
          res(hit);
        };
        const timer = setTimeout(() => (waiters.delete(check), rej(new Error(`agent: no ${type} event`))), w.timeoutMs ?? 10_000);
        waiters.add(check);
        check();
      });

    sock.once("connect", () => {
      sock.off("error", reject);
      sock.on("error", () => {});
      resolve({
        events: () => [...events],
        waitForEvent,
        command,
        hangup: () => command("hangup"),
        dtmfReceived: () => events.filter((e) => e.type === "CALL_DTMF_START").map((e) => e.param ?? "").join(""),
        // Auto-answer skips CALL_INCOMING: count distinct calls the agent saw any event for.
        incomingCalls: () => new Set(events.filter((e) => e.type.startsWith("CALL_") && e.id).map((e) => e.id)).size,
        lastRecording: () => newestFile(o.recordingsDir, "-dec.wav"),
        close: () => sock.destroy(),
      });
    });
  });
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

// What the agent heard in its latest call (sndfile names files by the call's start time).
export function newestFile(dir: string, suffix: string): string | null {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ?? null;
}

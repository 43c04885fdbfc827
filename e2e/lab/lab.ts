// The telephony lab as a library: a real SBC (Kamailio + rtpengine, the project's sbc/ config), TURN (coturn) and
// a plain-SIP "PBX agent" (baresip) on loopback, for end-to-end call tests. Run it inside a network namespace
// that has only `lo` (npm test does; run-lab.ts re-executes itself into one when it can).
//
//   const lab = await startLab();            // options: { dir, sipSecrets, turnSecret, extension, hmac, page }
//   lab.sbcWsUrl / lab.sbcWssUrl             // SIP over WebSocket (wss: self-signed, use ignoreHTTPSErrors)
//   lab.sbcUdpPort, lab.rtpengineNgPort      // the SBC's PBX-side socket; rtpengine's control port
//   lab.realm, lab.sipSecrets, lab.sipHmac   // mint with mintSipCredentials({ secret: lab.sipSecrets[0], ... })
//   lab.turnUrl, lab.turnSecret              // mint with mintTurnCredentials({ secret: lab.turnSecret })
//   lab.agent.extension, .sipPort            // the only destination the agent answers ("7001"), its SIP port
//   lab.agent.hangup(), .dtmfReceived(), .lastRecording(), .client (events, waitForEvent, incomingCalls)
//   lab.pageUrl                              // static sip.js test page (window.ringlinkLab), when page: true
//   lab.logs.kamailio / .agent               // log files: no secret in Kamailio's; the agent's has its SIP trace
//   labEnv(lab) -> env for a child process (Playwright); labFromEnv() -> the same handle inside that process
//   await lab.stop()                         // stops every service by PID, also after a failed start
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { startAgent } from "./agent";
import { connectAgent, type TAgentClient } from "./agent-client";
import { startCoturn } from "./coturn";
import { startKamailio } from "./kamailio";
import { startPageServer } from "./page-server";
import { startRtpengine } from "./rtpengine";

export type TLabOptions = {
  dir?: string;
  sipSecrets?: string[];
  turnSecret?: string;
  extension?: string;
  hmac?: "sha1" | "sha256";
  page?: boolean;
};

export type TLabAgent = {
  extension: string;
  sipPort: number;
  ctrlPort: number;
  recordingsDir: string;
  client: TAgentClient;
  hangup: () => Promise<string>;
  dtmfReceived: () => string;
  lastRecording: () => string | null;
};

export type TLabHandle = {
  dir: string;
  sbcWsUrl: string;
  sbcWssUrl: string;
  sbcUdpPort: number;
  rtpengineNgPort: number;
  realm: string;
  sipSecrets: string[];
  sipHmac: "sha1" | "sha256";
  turnUrl: string;
  turnSecret: string;
  pageUrl?: string;
  agent: TLabAgent;
  logs: { kamailio: string; rtpengine: string; coturn: string; agent: string };
};

export type TLab = TLabHandle & { stop: () => Promise<void> };

const REALM = "lab.ringlink.test";
const secret = () => randomBytes(24).toString("base64url");

export async function startLab(opts: TLabOptions = {}): Promise<TLab> {
  const dir = opts.dir ?? mkdtempSync(path.join(os.tmpdir(), "ringlink-lab-"));
  const sipSecrets = opts.sipSecrets ?? [secret(), secret()];
  const turnSecret = opts.turnSecret ?? secret();
  const extension = opts.extension ?? "7001";
  const sipHmac = opts.hmac ?? "sha1";
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    stops.length = 0;
  };
  try {
    // Sequential picks: each port is different from the others (a parallel pick can hand out the same one twice).
    const pbxPort = await agentSipPort();
    const used = new Set([pbxPort, pbxPort + 1]);
    const pick = async (free: () => Promise<number>) => {
      for (;;) {
        const port = await free();
        if (!used.has(port)) return used.add(port), port;
      }
    };
    const [ngPort, sbcUdpPort, turnPort] = [await pick(freeUdpPort), await pick(freeUdpPort), await pick(freeUdpPort)];
    const [wsPort, wssPort, ctrlPort] = [await pick(freeTcpPort), await pick(freeTcpPort), await pick(freeTcpPort)];
    // rtpengine strictly before Kamailio (else Kamailio marks it down for a minute); the rest in parallel.
    const track = <T>(started: Promise<T>, stopOf: (v: T) => () => Promise<void>) => started.then((v) => (stops.push(stopOf(v)), v));
    const sbc = (async () => {
      const rtpengine = await track(startRtpengine({ dir, ngPort, portMin: 35000, portMax: 35999 }), (r) => r.stop);
      const kamailio = await track(
        startKamailio({ dir, pbxSidePort: sbcUdpPort, wsPort, wssPort, pbxPort, rtpengineNgPort: ngPort, secrets: sipSecrets, realm: REALM, hmac: sipHmac }),
        (k) => k.service.stop,
      );
      return { rtpengine, kamailio };
    })();
    const started = await Promise.allSettled([
      sbc,
      track(startCoturn({ dir, port: turnPort, secret: turnSecret, realm: REALM, relayMin: 36000, relayMax: 36999 }), (c) => c.service.stop),
      track(startAgent({ dir, sipPort: pbxPort, ctrlPort, extension }), (a) => async () => (a.client.close(), a.service.stop())),
      opts.page ? track(startPageServer({ dir }), (p) => p.stop) : Promise.resolve(undefined),
    ]);
    const failed = started.find((r) => r.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const [{ rtpengine, kamailio }, coturn, agent, page] = started.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [
      Awaited<typeof sbc>,
      Awaited<ReturnType<typeof startCoturn>>,
      Awaited<ReturnType<typeof startAgent>>,
      Awaited<ReturnType<typeof startPageServer>> | undefined,
    ];
    return {
      dir,
      sbcWsUrl: kamailio.wsUrl,
      sbcWssUrl: kamailio.wssUrl,
      sbcUdpPort,
      rtpengineNgPort: ngPort,
      realm: REALM,
      sipSecrets,
      sipHmac,
      turnUrl: coturn.turnUrl,
      turnSecret,
      pageUrl: page?.url,
      agent: agentHandle(extension, pbxPort, ctrlPort, agent.recordingsDir, agent.client),
      logs: { kamailio: kamailio.service.logFile, rtpengine: rtpengine.logFile, coturn: coturn.service.logFile, agent: agent.service.logFile },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function agentHandle(extension: string, sipPort: number, ctrlPort: number, recordingsDir: string, client: TAgentClient): TLabAgent {
  return { extension, sipPort, ctrlPort, recordingsDir, client, hangup: client.hangup, dtmfReceived: client.dtmfReceived, lastRecording: client.lastRecording };
}

// Everything a child process (Playwright) needs to reach the lab. Secrets travel in env, never on a command line.
export function labEnv(lab: TLabHandle): Record<string, string> {
  const { extension, sipPort, ctrlPort, recordingsDir } = lab.agent;
  const { stop: _stop, ...handle } = lab as TLab;
  return { RINGLINK_LAB: JSON.stringify({ ...handle, agent: { extension, sipPort, ctrlPort, recordingsDir } }) };
}

export async function labFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<TLabHandle> {
  if (!env.RINGLINK_LAB) throw new Error("RINGLINK_LAB is not set: run the lab through e2e/lab/run-lab.ts (npm test -- lab)");
  const raw = JSON.parse(env.RINGLINK_LAB) as Omit<TLabHandle, "agent"> & { agent: Pick<TLabAgent, "extension" | "sipPort" | "ctrlPort" | "recordingsDir"> };
  const { extension, sipPort, ctrlPort, recordingsDir } = raw.agent;
  const client = await connectAgent({ ctrlPort, recordingsDir });
  return { ...raw, agent: agentHandle(extension, sipPort, ctrlPort, recordingsDir, client) };
}

// baresip binds its SIP port on UDP and TCP, and the next port for SIP/TLS: all three must be free.
async function agentSipPort(): Promise<number> {
  for (;;) {
    const port = await freeUdpPort();
    if (port < 65535 && (await canBindTcp(port)) && (await canBindTcp(port + 1))) return port;
  }
}

function canBindTcp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer().once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket("udp4").on("error", reject);
    sock.bind(0, "127.0.0.1", () => {
      const { port } = sock.address();
      sock.close(() => resolve(port));
    });
  });
}

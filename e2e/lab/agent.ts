// The "PBX agent": baresip on plain SIP/UDP at 127.0.0.1, registering nowhere. It auto-answers calls to its
// extension, plays a sine tone (aufile), records what it hears (sndfile: dump-<time>-dec.wav) and is driven over
// ctrl_tcp (hang up, DTMF and call events): see agent-client.ts. `-s` traces SIP into its log, so tests can check
// what reached the PBX (X-Ringlink-* headers in, credentials out).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startService, waitReady } from "./service";
import { sipOptionsUdp } from "./probes";
import { sineWav } from "./wav";
import { connectAgent } from "./agent-client";

export const AGENT_TONE_HZ = 440;

export async function startAgent(o: { dir: string; sipPort: number; ctrlPort: number; extension: string }) {
  const home = path.join(o.dir, "agent");
  const recordingsDir = path.join(home, "recordings");
  mkdirSync(recordingsDir, { recursive: true });
  const tone = path.join(home, "tone.wav");
  // 8 kHz mono: aufile refuses a file whose rate differs from the codec's, and the agent offers G.711 only.
  writeFileSync(tone, sineWav({ sampleRate: 8000, seconds: 180, hz: AGENT_TONE_HZ }));
  writeFileSync(
    path.join(home, "config"),
    [
      "poll_method epoll",
      // An address, not "lo": baresip 1.0 finds no IPv4 address on an interface named lo.
      "net_interface 127.0.0.1",
      `sip_listen 127.0.0.1:${o.sipPort}`,
      `audio_source aufile,${tone}`,
      // No sound card here: the player is a bridge to nowhere; sndfile records the decoded audio before it.
      "audio_player aubridge,agent",
      "audio_alert aubridge,agent",
      "module_path /usr/lib/baresip/modules",
      "module g711.so",
      "module aufile.so",
      "module aubridge.so",
      "module sndfile.so",
      "module_app account.so",
      // menu registers the commands ctrl_tcp runs (hangup...).
      "module_app menu.so",
      "module_app ctrl_tcp.so",
      `ctrl_tcp_listen 127.0.0.1:${o.ctrlPort}`,
      `snd_path ${recordingsDir}`,
      "",
    ].join("\n"),
  );
  // The account's user is the extension: baresip answers only requests whose Request-URI user matches it.
  writeFileSync(path.join(home, "accounts"), `<sip:${o.extension}@127.0.0.1:${o.sipPort}>;regint=0;answermode=auto\n`);
  const service = startService({ name: "agent", dir: o.dir, cwd: home, cmd: "/usr/bin/baresip", args: ["-f", home, "-s"] });
  await waitReady(service, async () => (await sipOptionsUdp(o.sipPort)) !== null);
  const client = await connectAgent({ ctrlPort: o.ctrlPort, recordingsDir });
  return { service, client, extension: o.extension, sipPort: o.sipPort, ctrlPort: o.ctrlPort, recordingsDir };
}

// Kamailio with the project's sbc/kamailio/kamailio.cfg, unchanged: only settings.cfg and the secrets file are
// rendered for the lab (loopback ports, a self-signed certificate, fresh secrets).
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startService, waitReady } from "./service";
import { sipOptionsUdp, sipOptionsWs } from "./probes";

// Kamailio's RPC (kamcmd) on the control socket of the lab's Kamailio running in `dir`.
export const kamcmd = (dir: string, ...args: string[]) =>
  execFileSync("kamcmd", ["-s", `unix:${path.join(dir, "kamailio_ctl")}`, ...args], { encoding: "utf8" });

export const SBC_CONFIG = path.resolve(import.meta.dirname, "../../sbc/kamailio/kamailio.cfg");
const SBC_SETTINGS = path.resolve(import.meta.dirname, "../../sbc/kamailio/settings.cfg");

// A value of the shipped settings.cfg that the lab keeps as is (the tests check the behaviour it ships with).
export function shippedSetting(name: string): string {
  const m = readFileSync(SBC_SETTINGS, "utf8").match(new RegExp(`^#!substdef "!${name}!([^!]*)!g"$`, "m"));
  if (!m) throw new Error(`settings.cfg has no ${name}`);
  return m[1]!;
}

export type TKamailioOptions = {
  dir: string;
  pbxSidePort: number;
  wsPort: number;
  wssPort: number;
  pbxPort: number;
  rtpengineNgPort: number;
  secrets: string[];
  realm: string;
  hmac: "sha1" | "sha256";
  // Settings downloaded from a trunk page: they replace the realm, origins and HMAC lines, and the secrets file.
  trunkSettings?: { settings: string; secrets: string };
};

const TRUNK_DEFINES = ["SBC_REALM", "SBC_WS_ORIGINS", "SBC_HMAC_ALG"];

export async function startKamailio(o: TKamailioOptions) {
  const cert = path.join(o.dir, "sbc-cert.pem");
  const key = path.join(o.dir, "sbc-key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  const secretsFile = path.join(o.dir, "kamailio-secrets.cfg");
  const subst = (name: string, value: string | number) => `#!substdef "!${name}!${value}!g"`;
  const lines = [
    subst("SBC_LISTEN_PBX", `udp:127.0.0.1:${o.pbxSidePort}`),
    subst("SBC_LISTEN_TCP", `tcp:127.0.0.1:${o.wsPort}`),
    subst("SBC_LISTEN_TLS", `tls:127.0.0.1:${o.wssPort}`),
    subst("SBC_WS_PORT", o.wsPort),
    subst("SBC_WSS_PORT", o.wssPort),
    subst("SBC_PBX_ADDR", `127.0.0.1:${o.pbxPort}`),
    subst("SBC_PBX_HOST", "127.0.0.1"),
    subst("SBC_REALM", o.realm),
    // The lab's test page (and, later, the app) on any loopback port.
    subst("SBC_WS_ORIGINS", "^http://127[.]0[.]0[.]1:[0-9]+\\$"),
    subst("SBC_RTPENGINE", `udp:127.0.0.1:${o.rtpengineNgPort}`),
    subst("SBC_TLS_CERT", cert),
    subst("SBC_TLS_KEY", key),
    subst("SBC_HMAC_ALG", o.hmac === "sha256" ? 1 : 0),
    subst("SBC_RUNDIR", o.dir),
    subst("SBC_SECRETS_FILE", secretsFile),
    subst("SBC_BROWSER_GONE_GRACE", shippedSetting("SBC_BROWSER_GONE_GRACE")),
  ];
  // A #!substdef cannot be defined twice: the downloaded lines take the place of the lab's own.
  const own = o.trunkSettings ? lines.filter((l) => !TRUNK_DEFINES.some((d) => l.includes(`"!${d}!`))) : lines;
  writeFileSync(path.join(o.dir, "settings.cfg"), [...own, o.trunkSettings?.settings ?? "", ""].join("\n"));
  const secrets = o.trunkSettings?.secrets ?? o.secrets.map((s) => `modparam("auth_ephemeral", "secret", "${s}")\n`).join("");
  writeFileSync(secretsFile, secrets, { mode: 0o600 });
  const cfg = path.join(o.dir, "kamailio.cfg");
  copyFileSync(SBC_CONFIG, cfg);

  // -DD: stay in the foreground (workers still fork); -E: log to stderr, which the service writes to its log file.
  const service = startService({ name: "kamailio", dir: o.dir, cmd: "/usr/sbin/kamailio", args: ["-f", cfg, "-DD", "-E", "-m", "64", "-M", "8"] });
  await waitReady(service, async () => {
    const udp = await sipOptionsUdp(o.pbxSidePort);
    if (!udp?.startsWith("SIP/2.0 200")) return false;
    return !!(await sipOptionsWs(`ws://127.0.0.1:${o.wsPort}`))?.startsWith("SIP/2.0 200");
  });
  return { service, wsUrl: `ws://127.0.0.1:${o.wsPort}`, wssUrl: `wss://127.0.0.1:${o.wssPort}`, certFile: cert };
}

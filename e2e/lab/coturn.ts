// coturn for the lab: the production config's peer deny list, minus the loopback ranges, plus allow-loopback-peers
// (the relay must reach rtpengine on 127.0.0.1 here; never in production). UDP only, no TLS, no CLI.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startService, waitReady } from "./service";
import { stunBinding } from "./probes";

export const TURN_PROD_CONFIG = path.resolve(import.meta.dirname, "../../sbc/coturn/turnserver.prod.conf");

export async function startCoturn(o: { dir: string; port: number; secret: string; realm: string; relayMin: number; relayMax: number }) {
  const deny = readFileSync(TURN_PROD_CONFIG, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("denied-peer-ip=") && !l.includes("127.0.0.0") && l !== "denied-peer-ip=::1");
  const conf = path.join(o.dir, "turnserver.conf");
  writeFileSync(
    conf,
    [
      `listening-ip=127.0.0.1`,
      `relay-ip=127.0.0.1`,
      `listening-port=${o.port}`,
      `min-port=${o.relayMin}`,
      `max-port=${o.relayMax}`,
      "use-auth-secret",
      `static-auth-secret=${o.secret}`,
      `realm=${o.realm}`,
      "fingerprint",
      "no-tls",
      "no-dtls",
      "no-tcp-relay",
      "no-cli",
      "no-multicast-peers",
      "allow-loopback-peers",
      ...deny,
      `userdb=${path.join(o.dir, "turndb")}`,
      `pidfile=${path.join(o.dir, "turnserver-own.pid")}`,
      "log-file=stdout",
      "simple-log",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  const service = startService({ name: "coturn", dir: o.dir, cmd: "/usr/bin/turnserver", args: ["-c", conf] });
  await waitReady(service, () => stunBinding(o.port));
  return { service, turnUrl: `turn:127.0.0.1:${o.port}?transport=udp` };
}

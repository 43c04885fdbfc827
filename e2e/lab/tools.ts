// Which telephony-lab tools this machine has. The lab runs only when all are present (CI installs them all).
import { existsSync } from "node:fs";

const TOOLS: Record<string, string[]> = {
  kamailio: ["/usr/sbin/kamailio"],
  "auth_ephemeral module": ["/usr/lib/x86_64-linux-gnu/kamailio/modules/auth_ephemeral.so"],
  "websocket module": ["/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so"],
  "tls module": ["/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so"],
  kamcmd: ["/usr/sbin/kamcmd"],
  openssl: ["/usr/bin/openssl"],
  coturn: ["/usr/bin/turnserver"],
  rtpengine: ["/usr/bin/rtpengine"],
  baresip: ["/usr/bin/baresip"],
  chromium: ["/usr/bin/chromium"],
  "ip (iproute2)": ["/usr/sbin/ip", "/usr/bin/ip", "/sbin/ip", "/bin/ip"],
  // The mid-call network-loss scenario cuts one call's media path inside the lab's namespace.
  iptables: ["/usr/sbin/iptables", "/sbin/iptables"],
};

export function labStatus() {
  const missing = Object.entries(TOOLS).filter(([, paths]) => !paths.some((p) => existsSync(p))).map(([name]) => name);
  return { ok: missing.length === 0, missing };
}

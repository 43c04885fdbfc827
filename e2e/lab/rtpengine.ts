// rtpengine in userspace only (table = -1: no kernel module), listening for Kamailio's ng commands on loopback.
// Start it before Kamailio, which otherwise marks it down for a minute.
import { startService, waitReady } from "./service";
import { rtpenginePing } from "./probes";

export async function startRtpengine(o: { dir: string; ngPort: number; portMin: number; portMax: number }) {
  const service = startService({
    name: "rtpengine",
    dir: o.dir,
    cmd: "/usr/bin/rtpengine",
    args: [
      "--config-file=none",
      "--table=-1",
      "--interface=127.0.0.1",
      `--listen-ng=127.0.0.1:${o.ngPort}`,
      `--port-min=${o.portMin}`,
      `--port-max=${o.portMax}`,
      "--foreground",
      "--log-stderr",
      "--log-level=6",
      "--delete-delay=0",
    ],
  });
  await waitReady(service, () => rtpenginePing(o.ngPort));
  return service;
}

import { startReconnect } from "./reconnect-loop";
import type { TSipCall } from "./sip-call";
import type { TDialerState } from "./types";

// Keeping an answered call alive through network trouble: ICE restarts when the media path drops, and getting a
// dropped SBC WebSocket back (reconnect + re-INVITE). When recovery cannot work, `fail` ends the call as a
// network failure. One per call.
export type TRecoveryHost = {
  sip(): TSipCall | null;
  state(): TDialerState["name"];
  reconnecting(): boolean;
  setReconnecting(on: boolean): void;
  fail(): void;
  onCleanup(stop: () => void): void;
};

export function createInCallRecovery(h: TRecoveryHost) {
  let lastIceRestart = 0;

  // At most one every 5 s: the monitor asks again each second while the path stays down (a restart that ends in
  // "checking" fires no further state event), until the network watchdog gives up.
  async function restartIce() {
    if (h.state() !== "in-call" || Date.now() - lastIceRestart <= 5000) return;
    lastIceRestart = Date.now();
    await h.sip()?.restartIce();
  }

  return {
    restartIce,
    // A network change (Wi-Fi to 4G) drops the ICE path; a re-INVITE with an ICE restart finds a new one.
    async iceState(s: RTCIceConnectionState) {
      if (s === "disconnected" || s === "failed") await restartIce();
    },
    transportLost() {
      const s = h.state();
      // Before the answer the INVITE's responses can only come back over the lost connection.
      if (s === "connecting" || s === "ringing") return h.fail();
      if (s !== "in-call" || h.reconnecting()) return;
      h.setReconnecting(true);
      const stop = startReconnect({
        attempt: async () => {
          const sip = h.sip();
          if (!sip) throw new Error("no call");
          await sip.reconnect();
        },
        onRestored: () => {
          if (h.state() === "in-call") h.setReconnecting(false);
        },
        onGiveUp: () => h.fail(),
      });
      h.onCleanup(stop);
    },
  };
}

"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { Dialer } from "./dialer";
import type { TDialerOptions, TDialerView } from "./dialer-view";

// One Dialer per mounted call panel; it is closed (every track, socket and peer connection released) on unmount.
// The dialer itself is imported when the panel mounts, after hydration: the call page's first-load JavaScript
// carries only the form (sip.js follows later still, when the microphone check starts).
export function useDialer(options: Omit<TDialerOptions, "audio" | "onChange">, audio: HTMLAudioElement | null) {
  const [dialer, setDialer] = useState<Dialer | null>(null);
  useEffect(() => {
    if (!audio) return;
    let created: Dialer | null = null;
    let cancelled = false;
    void import("./dialer").then(({ Dialer: D }) => {
      if (cancelled) return;
      created = new D({ ...options, audio });
      setDialer(created);
    });
    return () => {
      cancelled = true;
      void created?.close();
    };
    // The options are read once per panel: a new ticket source means a new panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [audio]);
  const view = useSyncExternalStore<TDialerView | null>(
    (fn) => dialer?.subscribe(fn) ?? (() => undefined),
    () => dialer?.view() ?? null,
    () => null,
  );
  return { dialer, view };
}

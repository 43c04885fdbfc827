"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { Dialer, type TDialerOptions, type TDialerView } from "./dialer";

// One Dialer per mounted call panel; it is closed (every track, socket and peer connection released) on unmount.
export function useDialer(options: Omit<TDialerOptions, "audio" | "onChange">, audio: HTMLAudioElement | null) {
  const [dialer, setDialer] = useState<Dialer | null>(null);
  useEffect(() => {
    if (!audio) return;
    const d = new Dialer({ ...options, audio });
    setDialer(d);
    return () => void d.close();
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

"use client";
import { useEffect, useState } from "react";

export function formatDuration(sec: number) {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

export function CallTimer({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  return <span data-testid="call-timer" className="font-mono tabular-nums">{formatDuration(Math.max(0, Math.floor((now - since) / 1000)))}</span>;
}

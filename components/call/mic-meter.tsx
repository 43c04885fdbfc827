"use client";
import { useEffect, useRef } from "react";

// Reads the level on each animation frame and writes the bar's width directly: 60 React renders a second for a
// meter would be wasted work on a visitor's phone.
export function MicMeter({ level, label }: { level: () => number; label: string }) {
  const bar = useRef<HTMLDivElement>(null);
  const meter = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let raf = 0;
    let smoothed = 0;
    const loop = () => {
      smoothed = Math.max(level(), smoothed * 0.85);
      const pct = Math.round(smoothed * 100);
      if (bar.current) bar.current.style.width = `${pct}%`;
      meter.current?.setAttribute("aria-valuenow", String(pct));
      raf = requestAnimationFrame(loop);
    };
    raf = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(raf);
  }, [level]);
  return (
    <div ref={meter} className="w-full" aria-label={label} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
      <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200">
        <div ref={bar} data-testid="mic-level" className="h-full w-0 rounded-full bg-emerald-500 transition-[width] duration-75" />
      </div>
    </div>
  );
}

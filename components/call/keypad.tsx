"use client";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

export function Keypad({ onDigit }: { onDigit: (d: string) => void }) {
  return (
    <div className="grid w-60 grid-cols-3 gap-2" role="group" aria-label="Keypad">
      {KEYS.map((k) => (
        <button
          key={k}
          type="button"
          onClick={() => onDigit(k)}
          aria-label={`Key ${k}`}
          className="h-11 rounded-lg bg-slate-100 text-lg font-semibold text-slate-800 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {k}
        </button>
      ))}
    </div>
  );
}

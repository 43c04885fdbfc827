"use client";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

export function Keypad({ onDigit, label, keyLabel }: { onDigit: (d: string) => void; label: string; keyLabel: string }) {
  return (
    <div className="grid w-60 grid-cols-3 gap-2" role="group" aria-label={label}>
      {KEYS.map((k) => (
        <button
          key={k}
          type="button"
          onClick={() => onDigit(k)}
          aria-label={keyLabel.replace("{key}", k)}
          className="h-11 rounded-lg bg-slate-100 text-lg font-semibold text-slate-800 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {k}
        </button>
      ))}
    </div>
  );
}

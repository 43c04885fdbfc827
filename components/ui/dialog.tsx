"use client";
import { useEffect, useId, useRef } from "react";
import { X } from "lucide-react";

// The native <dialog> with showModal(): focus trapping, Escape to close and the inert background come from the
// browser, so the accessibility is right without a library.
export function Dialog(props: { open: boolean; onClose: () => void; title: string; description?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (props.open && !el.open) el.showModal();
    if (!props.open && el.open) el.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={props.onClose}
      onClick={(e) => e.target === ref.current && props.onClose()}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl bg-white p-0 shadow-2xl ring-1 ring-slate-200 backdrop:bg-slate-900/40 backdrop:backdrop-blur-[2px]"
    >
      {props.open ? (
        <div className="p-6">
          <div className="mb-5 flex items-start justify-between gap-4">
            <div>
              <h2 id={titleId} className="text-lg font-semibold text-slate-900">
                {props.title}
              </h2>
              {props.description ? <p className="mt-1 text-sm text-slate-500">{props.description}</p> : null}
            </div>
            <button type="button" onClick={props.onClose} aria-label="Close" className="-m-1 rounded-md p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-600">
              <X className="size-5" aria-hidden />
            </button>
          </div>
          {props.children}
        </div>
      ) : null}
    </dialog>
  );
}

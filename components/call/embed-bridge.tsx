"use client";
import { useEffect } from "react";

// postMessage protocol with the embed loader: {ringlink: 1, type: "close" | "resize" | "state", ...}. We post only
// to the validated parent origin, and accept only messages whose origin is that origin AND whose source is our
// parent window (another frame on the same site cannot drive us). No resize messages: the panel keeps the
// loader's fixed size and the page scrolls inside it (an auto-height page inside a min-height iframe would grow).
export function postToParent(parentOrigin: string, msg: Record<string, unknown>) {
  if (window.parent === window) return;
  window.parent.postMessage({ ringlink: 1, ...msg }, parentOrigin);
}

export function EmbedBridge(props: { parentOrigin: string }) {
  const { parentOrigin } = props;
  useEffect(() => {
    postToParent(parentOrigin, { type: "state", state: "ready" });
    // Marks hydration for tests and tooling: from here on, Escape and the close message work.
    document.documentElement.dataset.rlReady = "1";
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== parentOrigin || e.source !== window.parent) return;
      const data = e.data as { ringlink?: number; type?: string } | null;
      if (data?.ringlink !== 1) return;
      if (data.type === "state") postToParent(parentOrigin, { type: "state", state: "ready" });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") postToParent(parentOrigin, { type: "close" });
    };
    window.addEventListener("message", onMessage);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("message", onMessage);
      window.removeEventListener("keydown", onKey);
    };
  }, [parentOrigin]);
  return null;
}

"use client";
import { useEffect } from "react";

// postMessage protocol with the embed loader: {ringlink: 1, type: "close" | "resize" | "state", ...}. We post only
// to the validated parent origin, and accept only messages whose origin is that origin AND whose source is our
// parent window (another frame on the same site cannot drive us).
function post(parentOrigin: string, msg: Record<string, unknown>) {
  if (window.parent === window) return;
  window.parent.postMessage({ ringlink: 1, ...msg }, parentOrigin);
}

export function EmbedBridge(props: { parentOrigin: string }) {
  const { parentOrigin } = props;
  useEffect(() => {
    post(parentOrigin, { type: "state", state: "ready" });
    const resize = () => post(parentOrigin, { type: "resize", height: document.documentElement.scrollHeight });
    const observer = new ResizeObserver(resize);
    observer.observe(document.body);
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== parentOrigin || e.source !== window.parent) return;
      const data = e.data as { ringlink?: number; type?: string } | null;
      if (data?.ringlink !== 1) return;
      if (data.type === "state") post(parentOrigin, { type: "state", state: "ready" });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") post(parentOrigin, { type: "close" });
    };
    window.addEventListener("message", onMessage);
    window.addEventListener("keydown", onKey);
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
      window.removeEventListener("keydown", onKey);
    };
  }, [parentOrigin]);
  return null;
}

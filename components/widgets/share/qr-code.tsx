"use client";
import { useEffect, useState } from "react";
import QRCode from "qrcode";
import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

// The QR code is drawn in the browser from the exact link shown (UTM parameters included), as SVG for print and
// PNG for slides and chat.
export function QrCode(props: { url: string; fileName: string }) {
  const [svg, setSvg] = useState("");
  const [png, setPng] = useState("");
  useEffect(() => {
    let live = true;
    const opts = { margin: 1, errorCorrectionLevel: "M" as const, color: { dark: "#0f172a", light: "#ffffff" } };
    Promise.all([QRCode.toString(props.url, { ...opts, type: "svg" }), QRCode.toDataURL(props.url, { ...opts, width: 1024 })]).then(([s, p]) => {
      if (live) (setSvg(s), setPng(p));
    });
    return () => {
      live = false;
    };
  }, [props.url]);
  const svgHref = svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : undefined;
  return (
    <div className="flex flex-col items-center gap-3">
      {/* The library's own SVG output, built from our URL only. */}
      <div role="img" aria-label={`QR code for ${props.url}`} className="size-44 rounded-lg bg-white p-2 ring-1 ring-slate-200 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="flex gap-2">
        <a href={svgHref} download={`${props.fileName}.svg`} className={buttonClass("secondary", "sm")} aria-disabled={!svg}>
          <Download className="size-4" aria-hidden /> SVG
        </a>
        <a href={png || undefined} download={`${props.fileName}.png`} className={buttonClass("secondary", "sm")} aria-disabled={!png}>
          <Download className="size-4" aria-hidden /> PNG
        </a>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ringlink", template: "%s · Ringlink" },
  description: "WebRTC click-to-call for your website, connected to your own phone system.",
  // A plain static file: no metadata route to compile or render per request.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

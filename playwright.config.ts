import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser. The flags keep it quiet on a machine with no internet.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  "--allow-loopback-in-peer-connection",
  "--autoplay-policy=no-user-gesture-required",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: process.env.RINGLINK_BASE_URL ?? "http://127.0.0.1:3000",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    screenshot: "only-on-failure",
    trace: "off",
  },
  projects: [
    { name: "app", testMatch: /e2e\/[^/]+\.spec\.ts$/ },
    { name: "lab", testMatch: /e2e\/lab\/.+\.spec\.ts$/, timeout: 120_000, workers: 1 },
  ],
});

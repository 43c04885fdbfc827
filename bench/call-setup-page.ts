// Browser side of the call-setup benchmark (bundled with esbuild): the app's own Dialer, minting through the
// benchmark server (which forwards /api/ to the app), in our settings or in sip.js's stock ones.
import { Dialer } from "@/lib/call/dialer";
import type { TTimings } from "@/lib/call/dialer-view";
import { requestTicket } from "@/lib/call/request-ticket";
import { liveResources } from "@/lib/call/resources";
import { en } from "@/lib/shared/widget/call-i18n/en";

type TRun = { publicId: string; stock: boolean };

async function until(check: () => boolean, timeoutMs: number, what: () => string) {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function call(o: TRun): Promise<TTimings & { state: string }> {
  const audio = document.createElement("audio");
  document.body.appendChild(audio);
  const dialer = new Dialer({ getTicket: () => requestTicket(o.publicId, { pageUrl: location.href, formAnswers: {} }), texts: en, audio, stock: o.stock });
  await dialer.open();
  await until(() => dialer.view().state.name === "preflight", 5000, () => JSON.stringify(dialer.view().state));
  await dialer.call();
  await until(() => ["in-call", "ended"].includes(dialer.view().state.name), 20_000, () => JSON.stringify(dialer.view().state));
  const v = dialer.view();
  await dialer.close();
  audio.remove();
  await until(() => Object.values(liveResources()).every((n) => n === 0), 5000, () => JSON.stringify(liveResources()));
  return { ...v.timings!, state: v.state.name };
}

(window as unknown as { bench: unknown }).bench = { call };

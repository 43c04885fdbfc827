// Playwright-side functions for the lab's static sip.js page (fixtures/sip-page.ts, window.ringlinkLab).
import type { Page } from "@playwright/test";
import type { TCallOptions, TCallResult, TGatherResult, TLabPage, TMediaStats } from "./fixtures/sip-page";
import { mintSipCredentials, mintTurnCredentials, type THmacAlgorithm } from "./credentials";
import type { TLabHandle } from "./lab";

type TWindow = { ringlinkLab: TLabPage };

export async function openLabPage(page: Page, lab: TLabHandle) {
  if (!lab.pageUrl) throw new Error("the lab was started without its test page");
  await page.goto(lab.pageUrl);
  await page.waitForFunction(() => "ringlinkLab" in window);
}

// Call options with freshly minted credentials; every field can be overridden to build the deny cases.
export function callOptions(
  lab: TLabHandle,
  o: {
    destination?: string;
    target?: string;
    maxSeconds?: number;
    secret?: string;
    algorithm?: THmacAlgorithm;
    relayOnly?: boolean;
    wss?: boolean;
    turn?: boolean;
    ttlSeconds?: number;
  } = {},
): TCallOptions {
  const destination = o.destination ?? lab.agent.extension;
  const sip = mintSipCredentials({
    secret: o.secret ?? lab.sipSecrets[0]!,
    destination,
    maxSeconds: o.maxSeconds ?? 60,
    ttlSeconds: o.ttlSeconds,
    algorithm: o.algorithm ?? lab.sipHmac,
  });
  const turn = mintTurnCredentials({ secret: lab.turnSecret });
  return {
    wsUrl: o.wss ? lab.sbcWssUrl : lab.sbcWsUrl,
    target: `sip:${o.target ?? destination}@${lab.realm}`,
    fromId: sip.id,
    realm: lab.realm,
    username: sip.username,
    password: sip.password,
    iceServers: o.turn || o.relayOnly ? [{ urls: lab.turnUrl, username: turn.username, credential: turn.credential }] : [],
    relayOnly: o.relayOnly,
    extraHeaders: ["X-Ringlink-Page: https://shop.example/pricing", "X-Ringlink-Widget: lab"],
  };
}

export const placeCall = (page: Page, o: TCallOptions): Promise<TCallResult> =>
  page.evaluate((opts) => (window as unknown as TWindow).ringlinkLab.call(opts), o);

export const mediaStats = (page: Page): Promise<TMediaStats> => page.evaluate(() => (window as unknown as TWindow).ringlinkLab.stats());

export const hangup = (page: Page) => page.evaluate(() => (window as unknown as TWindow).ringlinkLab.hangup());

export const callState = (page: Page) => page.evaluate(() => (window as unknown as TWindow).ringlinkLab.state());

export const sendDtmf = (page: Page, tones: string) => page.evaluate((t) => (window as unknown as TWindow).ringlinkLab.sendDtmf(t), tones);

export const gatherCandidates = (page: Page, o: { iceServers: RTCIceServer[]; relayOnly: boolean; timeoutMs: number }): Promise<TGatherResult> =>
  page.evaluate((opts) => (window as unknown as TWindow).ringlinkLab.gather(opts), o);

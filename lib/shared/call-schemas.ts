import { z } from "zod";

// The call page → POST /api/v1/widgets/<publicId>/calls. Page context is the visitor's, so it is only stored and
// forwarded (sanitised), never trusted for anything that matters (the destination comes from the widget).
export const ZStartCall = z.object({
  pageUrl: z.string().max(2000).optional(),
  referrer: z.string().max(2000).optional(),
  // The page that embeds the widget, as the iframe's parent reported it; checked against the widget's allow-list.
  origin: z.string().max(300).optional(),
  formAnswers: z.record(z.string(), z.union([z.string().max(2000), z.boolean()])).default({}),
});
export type TStartCall = z.infer<typeof ZStartCall>;

export type TSipHeader = { name: string; value: string };

export type TIceServer = { urls: string[]; username?: string; credential?: string };

// What the dialer needs for one call. Every secret in here is minted for this call and expires within minutes,
// except a trunk in "static" mode, whose password only ever travels inside this response.
export type TCallTicket = {
  callId: string;
  token: string;
  tokenExpiresAt: string;
  sbc: { wsUrl: string; target: string; domain: string };
  sip: { fromUser: string; authorizationUsername: string; authorizationPassword: string; expiresAt: string | null } | null;
  displayName: string | null;
  iceServers: TIceServer[];
  iceTransportPolicy: "all" | "relay";
  maxCallSeconds: number;
  headers: TSipHeader[];
};

export const CALL_EVENT_TYPES = ["connecting", "ringing", "answered", "ended"] as const;

export const ZCallQuality = z.object({
  rttMs: z.number().nullable(),
  jitterMs: z.number().nullable(),
  lossPct: z.number().nullable(),
  mos: z.number().nullable(),
});

export const ZCallEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("connecting") }),
  z.object({ type: z.literal("ringing") }),
  z.object({ type: z.literal("answered") }),
  z.object({
    type: z.literal("ended"),
    reason: z.enum(["hangup-visitor", "hangup-agent", "cancelled", "busy", "no-answer", "rejected", "refused", "network-failure", "media-failure", "max-duration"]),
    sipCode: z.number().int().min(100).max(699).nullable().optional(),
    durationSec: z.number().int().min(0).max(86_400).nullable().optional(),
    quality: ZCallQuality.nullable().optional(),
  }),
]);
export type TCallEvent = z.infer<typeof ZCallEvent>;

// The page tells the visitor why a call could not start; the code picks the words, the message is a fallback.
export type TStartCallError = { code: string; message: string; details?: Record<string, unknown> };

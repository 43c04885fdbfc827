import { z } from "zod";
import { isMaskedValue } from "@/lib/shared/mask";
import { parseIceUrl } from "./ice-url";

// Shared by the ICE set form and the server actions.
export const MAX_SERVERS_PER_SET = 10;
export const MAX_URLS_PER_SERVER = 6;
export const MIN_TTL_SECONDS = 60;
export const MAX_TTL_SECONDS = 86_400;

const ZIceUrl = z.string().trim().superRefine((v, ctx) => {
  const r = parseIceUrl(v);
  if (!r.ok) ctx.addIssue({ code: "custom", message: `${v}: ${r.message}` });
});

export const ZIceServerInput = z
  .object({
    // Present for a server that already exists: its stored secret is kept unless a new one is typed.
    id: z.string().max(64).optional(),
    kind: z.enum(["STUN", "TURN"]),
    urls: z.array(ZIceUrl).min(1, { message: "Add at least one URL" }).max(MAX_URLS_PER_SERVER, { message: `At most ${MAX_URLS_PER_SERVER} URLs` }),
    authMode: z.enum(["NONE", "REST", "STATIC"]),
    username: z.string().trim().max(128).optional(),
    secret: z.string().max(512).optional(),
    ttlSeconds: z.number({ error: "Enter a number of seconds" }).int().min(MIN_TTL_SECONDS, { message: `At least ${MIN_TTL_SECONDS} s` }).max(MAX_TTL_SECONDS, {
      message: "At most 86400 s (a day)",
    }),
  })
  .superRefine((s, ctx) => {
    const schemes = s.urls.map((u) => parseIceUrl(u)).flatMap((r) => (r.ok ? [r.url.scheme] : []));
    const turnish = (x: string) => x === "turn" || x === "turns";
    if (s.kind === "STUN") {
      if (schemes.some(turnish)) ctx.addIssue({ code: "custom", path: ["urls"], message: "A STUN server takes stun: or stuns: URLs" });
      if (s.authMode !== "NONE") ctx.addIssue({ code: "custom", path: ["authMode"], message: "STUN servers have no credentials" });
      return;
    }
    if (schemes.some((x) => !turnish(x))) ctx.addIssue({ code: "custom", path: ["urls"], message: "A TURN server takes turn: or turns: URLs" });
    // Browsers refuse a TURN entry without credentials, so NONE is not offered for TURN.
    if (s.authMode === "NONE") ctx.addIssue({ code: "custom", path: ["authMode"], message: "TURN needs a shared secret (REST) or a username and password" });
    const fresh = s.secret && !isMaskedValue(s.secret) ? s.secret : "";
    if (s.authMode === "REST" && fresh && fresh.length < 16) {
      ctx.addIssue({ code: "custom", path: ["secret"], message: "Use at least 16 characters (coturn static-auth-secret)" });
    }
    if (s.authMode === "STATIC" && !s.username) ctx.addIssue({ code: "custom", path: ["username"], message: "Enter the TURN username" });
    if (s.username && /[\s:]/.test(s.username) && s.authMode === "STATIC") {
      ctx.addIssue({ code: "custom", path: ["username"], message: "No spaces or colons" });
    }
  });

// With iceTransportPolicy "relay" the browser drops every host and server-reflexive candidate; with no TURN server
// left it gathers nothing at all and every call fails at ICE, so the rule is checked here (form and action) and
// again by the service inside its transaction.
export const RELAY_ONLY_NEEDS_TURN =
  "Relay only needs at least one TURN server: without one, browsers gather no candidates and every call fails. Add a TURN server or turn Relay only off.";

export const hasTurnServer = (servers: readonly { kind: "STUN" | "TURN" }[]) => servers.some((s) => s.kind === "TURN");

export const ZIceSetInput = z
  .object({
    name: z.string().trim().min(1, { message: "Give the set a name" }).max(80, { message: "At most 80 characters" }),
    // Required, not defaulted: an update replaces the whole set, and a client that left the flag out would
    // otherwise switch relay-only off without anyone deciding to.
    relayOnly: z.boolean({ error: "Choose whether the set is relay only" }),
    servers: z.array(ZIceServerInput).min(1, { message: "Add at least one server" }).max(MAX_SERVERS_PER_SET, { message: `At most ${MAX_SERVERS_PER_SET} servers` }),
  })
  .superRefine((s, ctx) => {
    if (s.relayOnly && !hasTurnServer(s.servers)) ctx.addIssue({ code: "custom", path: ["relayOnly"], message: RELAY_ONLY_NEEDS_TURN });
  });

export type TIceServerInput = z.infer<typeof ZIceServerInput>;
export type TIceSetInput = z.infer<typeof ZIceSetInput>;

export const ZIceSetId = z.object({ setId: z.string().min(1).max(64) });
export const ZUpdateIceSet = z.object({ setId: z.string().min(1).max(64), values: ZIceSetInput });

import "server-only";
import { randomBytes } from "node:crypto";
import { notFound } from "@/lib/server/errors";
import type { TCallTicket, TIceServer, TStartCall } from "@/lib/shared/call-schemas";
import { contextHeaders, parseUtm, sanitizeHeaderValue } from "./call-context";
import { iceServers, sipCredentials } from "./call-credentials";
import { refuse } from "./call-refusal";
import { issueCallToken } from "./call-token";
import { loadCallableWidget } from "./load-callable-widget";
import { decideOrigin } from "./origin-policy";
import { CALL_TOKEN_TTL_SECONDS, reserveCall } from "./reserve-call";
import { hashVisitorIp } from "./visitor-ip-hash";

export type TStartCallRequest = { publicId: string; input: TStartCall; requestOrigin: string | null; ownOrigin: string; ip: string; userAgent: string | null; now?: Date };

// The one way a call begins: every check that can refuse it, then a Call row and a ticket good for this call only.
export async function startCall(req: TStartCallRequest): Promise<TCallTicket> {
  const now = req.now ?? new Date();
  const widget = await loadCallableWidget(req.publicId, now.getTime());
  if (!widget) throw notFound("This call link does not exist.");
  const orgId = widget.organizationId;
  if (widget.status !== "ACTIVE") throw refuse("widget_inactive");
  const origin = decideOrigin({ requestOrigin: req.requestOrigin, contextOrigin: req.input.origin, ownOrigin: req.ownOrigin, allowedOrigins: widget.allowedOrigins, hostedLinkEnabled: widget.hostedLinkEnabled });
  if (!origin.allowed) throw refuse("origin_not_allowed");
  if (!widget.rules.isOpenAt(now)) throw refuse("closed");
  const form = widget.rules.checkForm(req.input.formAnswers);
  if (!form.ok) throw refuse("invalid_form", { fields: form.fields });
  // Foreign ids are re-checked: a trunk or ICE set of another organization is never used.
  const trunk = widget.trunk?.organizationId === orgId ? widget.trunk : null;
  if (!trunk) throw refuse("not_configured");
  const iceSet = widget.iceServerSet?.organizationId === orgId ? widget.iceServerSet : null;

  const ipHash = hashVisitorIp(req.ip);
  const callId = `c${randomBytes(12).toString("hex")}`;
  const jti = randomBytes(16).toString("base64url");
  const pageUrl = req.input.pageUrl ? sanitizeHeaderValue(req.input.pageUrl, 2000) : undefined;
  const referrer = req.input.referrer ? sanitizeHeaderValue(req.input.referrer, 2000) : undefined;
  const utm = parseUtm(pageUrl);
  // Credentials before the reservation: a trunk whose secret cannot be opened refuses the call without using a line.
  const creds: { sip: TCallTicket["sip"]; ice: TIceServer[] } = mintCredentials(() => ({
    sip: sipCredentials(trunk, { destination: widget.destination, maxSeconds: widget.maxCallSeconds, callId, now }),
    ice: iceServers(iceSet?.servers ?? [], { callId, minTtlSeconds: widget.maxCallSeconds + CALL_TOKEN_TTL_SECONDS, now }),
  }));
  await reserveCall({
    organizationId: orgId,
    widgetId: widget.id,
    now,
    limits: { ipKey: ipHash, perIpPerHour: widget.callsPerIpPerHour, perDay: widget.callsPerDay, maxConcurrent: widget.maxConcurrentCalls },
    call: {
      id: callId,
      tokenId: jti,
      destination: widget.destination,
      origin: origin.origin,
      pageUrl,
      referrer,
      utm,
      formAnswers: form.answers,
      visitorIpHash: ipHash,
      userAgent: req.userAgent,
      // The call may start any time the token lives, then last up to the max duration.
      maxEndsAt: new Date(now.getTime() + (CALL_TOKEN_TTL_SECONDS + widget.maxCallSeconds + 60) * 1000),
    },
  });

  const token = await issueCallToken({ organizationId: orgId, widgetId: widget.id, destination: widget.destination, callId, jti, now });
  return {
    callId,
    token: token.token,
    tokenExpiresAt: token.expiresAt.toISOString(),
    sbc: { wsUrl: trunk.wsUrl, target: `sip:${widget.destination.replace(/#/g, "%23")}@${trunk.sipDomain}`, domain: trunk.sipDomain },
    sip: creds.sip,
    displayName: trunk.displayNameTemplate ? sanitizeHeaderValue(trunk.displayNameTemplate.replace("{widget}", widget.name), 64) : null,
    iceServers: creds.ice,
    iceTransportPolicy: iceSet?.relayOnly ? "relay" : "all",
    maxCallSeconds: widget.maxCallSeconds,
    headers: trunk.sendContextHeaders ? contextHeaders({ callId, pageUrl, referrer, utm, formAnswers: form.answers, allowed: trunk.allowedHeaders }) : [],
  };
}

// A secret that cannot be opened (missing, sealed under a retired key, or bound to another row) or a destination the
// SIP id cannot carry is a setup problem for the admin, not a server fault: the visitor hears "not set up".
function mintCredentials<T>(mint: () => T): T {
  try {
    return mint();
  } catch (err) {
    console.error("call credentials could not be minted:", err instanceof Error ? `${err.name}: ${err.message}` : "error");
    throw refuse("not_configured");
  }
}

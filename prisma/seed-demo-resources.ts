import { randomBytes } from "node:crypto";
import type { TAuditActor } from "@/lib/server/audit/record-audit";
import { createIceSet } from "@/lib/server/ice-servers/create-ice-set";
import { createTrunk } from "@/lib/server/trunks/create-trunk";
import { createWidget } from "@/lib/server/widgets/create-widget";
import { ZIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";
import { ZTrunkInput } from "@/lib/shared/trunks/trunk-schemas";

// What a new dev install shows besides the admin: a trunk, an ICE set and two widgets, so every dashboard page
// and the hosted call page have something real in them. Created through the same services as the dashboard
// (validation, sealed secrets, audit entries). The SBC and TURN addresses are placeholders under example.com:
// the call panel and its microphone check work, a call ends with "couldn't connect" until you enter your own.
export async function seedDemoResources(o: { organizationId: string; actor: TAuditActor }) {
  const trunk = await createTrunk({
    organizationId: o.organizationId,
    actor: o.actor,
    input: ZTrunkInput.parse({
      name: "Head office PBX",
      preset: "RINGLINK_KAMAILIO",
      wsUrl: "wss://sbc.example.com:8443/ws",
      sipDomain: "pbx.example.com",
      authMode: "EPHEMERAL",
      hmacAlgorithm: "SHA1",
      secret: randomBytes(32).toString("base64url"),
      displayNameTemplate: "{name} via {widget}",
      allowedHeaders: [],
      sendContextHeaders: true,
    }),
  });
  const ice = await createIceSet({
    organizationId: o.organizationId,
    actor: o.actor,
    input: ZIceSetInput.parse({
      name: "Office TURN",
      relayOnly: false,
      servers: [
        { kind: "STUN", urls: ["stun:turn.example.com:3478"], authMode: "NONE", ttlSeconds: 3600 },
        {
          kind: "TURN",
          urls: ["turn:turn.example.com:3478?transport=udp", "turns:turn.example.com:443?transport=tcp"],
          authMode: "REST",
          secret: randomBytes(32).toString("base64url"),
          ttlSeconds: 3600,
        },
      ],
    }),
  });
  const refs = { trunkId: trunk.id, iceServerSetId: ice.id };
  const sales = await createWidget(o.organizationId, o.actor, {
    ...refs,
    name: "Talk to sales",
    destination: "100",
    allowedOrigins: ["https://www.acme.example"], // the embed snippet works there; the hosted link anywhere
    form: { name: { enabled: true, required: false }, topic: { enabled: true, required: false, choices: ["Pricing", "A demo", "Something else"] } },
  });
  await createWidget(o.organizationId, o.actor, { ...refs, name: "Spring campaign", destination: "200", status: "PAUSED", languages: ["en", "de"] });
  return { trunkId: trunk.id, iceServerSetId: ice.id, hostedSlug: sales.slug };
}

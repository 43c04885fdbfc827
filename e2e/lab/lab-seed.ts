// Per-test data for the app scenarios: an organization with a trunk pointing at the lab's Kamailio (ephemeral auth,
// the lab's first secret), an ICE set with the lab's coturn, and a widget whose destination is the agent.
// Runs in Playwright's process with the test database (the lab runner passes --conditions=react-server so the
// app's server modules, which seal the secrets, load outside Next).
import { testDb } from "../fixtures/db";
import { createCallableWidget, type TCallableWidgetOptions } from "../../prisma/call-factories";
import { createOrganization } from "../../prisma/factories";
import type { TLabHandle } from "./lab";

export type TLabWidgetOptions = { widget?: TCallableWidgetOptions["widget"]; turnSecret?: string; relayOnly?: boolean; allowedOrigins?: string[] };

export async function createLabWidget(lab: TLabHandle, o: TLabWidgetOptions = {}) {
  const db = testDb();
  const org = await createOrganization(db);
  const created = await createCallableWidget(db, org.id, {
    trunk: { wsUrl: lab.sbcWsUrl, sipDomain: lab.realm, authMode: "EPHEMERAL", hmacAlgorithm: lab.sipHmac === "sha256" ? "SHA256" : "SHA1", secret: lab.sipSecrets[0] },
    iceServers: [{ kind: "TURN", urls: [lab.turnUrl], authMode: "REST", secret: o.turnSecret ?? lab.turnSecret, ttlSeconds: 600 }],
    relayOnly: o.relayOnly,
    widget: { destination: lab.agent.extension, allowedOrigins: o.allowedOrigins ?? [], ...o.widget },
  });
  return { org, ...created };
}

export const callRow = (id: string) => testDb().call.findUniqueOrThrow({ where: { id }, include: { events: true } });
export const callsOf = (widgetId: string) => testDb().call.findMany({ where: { widgetId }, orderBy: { createdAt: "asc" } });

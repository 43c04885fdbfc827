import "server-only";
import { db } from "@/lib/db";
import { open } from "@/lib/server/crypto/envelope";
import { AppError, notFound } from "@/lib/server/errors";
import { recordAudit, type TAuditActor } from "@/lib/server/audit/record-audit";
import { secretAad } from "@/lib/server/secrets/write-only-secret";
import { kamailioSettingsFilename, renderKamailioSettings } from "./kamailio-settings";

// The one place a trunk's shared secret leaves the server in clear: for the admin who configures the SBC. Every
// download is audit-logged (the metadata says what was exported, never the secret).
export async function exportSbcSettings(o: { organizationId: string; trunkId: string; actor: TAuditActor; appOrigin: string }) {
  const trunk = await db.trunk.findFirst({
    where: { id: o.trunkId, organizationId: o.organizationId },
    select: { id: true, name: true, sipDomain: true, authMode: true, hmacAlgorithm: true, allowedHeaders: true, sendContextHeaders: true, secretEnvelope: true },
  });
  if (!trunk) throw notFound("Trunk not found");
  if (trunk.authMode !== "EPHEMERAL" || !trunk.secretEnvelope) {
    throw new AppError("conflict", "Kamailio settings exist only for trunks in ephemeral-credentials mode with a shared secret.");
  }
  const widgets = await db.widget.findMany({
    where: { organizationId: o.organizationId, trunkId: trunk.id },
    select: { allowedOrigins: true },
  });
  const widgetOrigins = [...new Set(widgets.flatMap((w) => w.allowedOrigins))].sort();
  const secret = open(trunk.secretEnvelope, secretAad("Trunk", trunk.id));
  const body = renderKamailioSettings({ trunk, secret, origins: [o.appOrigin, ...widgetOrigins] });

  await recordAudit(db, o.actor, {
    action: "trunk.export_sbc_settings",
    resourceType: "trunk",
    resourceId: trunk.id,
    metadata: { name: trunk.name, hmacAlgorithm: trunk.hmacAlgorithm, origins: [o.appOrigin, ...widgetOrigins] },
  });
  return { filename: kamailioSettingsFilename(trunk.name), body };
}

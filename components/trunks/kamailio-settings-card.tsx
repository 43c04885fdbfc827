import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";

// A plain link: the route answers with Content-Disposition: attachment, so the browser saves the file and the
// secret never passes through React state or the page's HTML.
export function KamailioSettingsCard(props: { orgSlug: string; trunkId: string }) {
  return (
    <Card>
      <CardHeader
        title="Kamailio settings"
        description="For the reference SBC: realm, HMAC algorithm, allowed WebSocket origins and this trunk's shared secret."
        actions={
          <a href={`/o/${props.orgSlug}/trunks/${props.trunkId}/kamailio-settings`} download className={`${buttonClass("secondary")} shrink-0 whitespace-nowrap`}>
            <Download className="size-4" aria-hidden />
            Download Kamailio settings
          </a>
        }
      />
      <div className="space-y-2 px-5 py-4 text-sm text-slate-600">
        <p>
          The file has two parts. Put the first into <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">/etc/kamailio/settings.cfg</code>{" "}
          in place of the lines with the same names. Save the second as the secrets file named by{" "}
          <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">SBC_SECRETS_FILE</code>, readable by Kamailio only
          (<code className="rounded bg-slate-100 px-1 py-0.5 text-xs">chmod 600</code>), then restart Kamailio.
        </p>
        <p>
          It contains the shared secret in clear: every download is recorded in the audit log. Delete the file once it is in
          place. The full steps are under “Configure” in <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">sbc/README.md</code>.
        </p>
      </div>
    </Card>
  );
}

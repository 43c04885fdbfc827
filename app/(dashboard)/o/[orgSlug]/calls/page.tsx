import type { Metadata } from "next";
import Link from "next/link";
import { LayoutGrid, PhoneCall } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Calls" };

export default async function CallsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "calls.read");
  return (
    <>
      <PageHeader title="Calls" description="Every call your visitors place: outcome, duration, SIP code, audio quality, the page and campaign it came from, and their form answers." />
      <EmptyState
        icon={<PhoneCall className="size-6" aria-hidden />}
        title="No calls yet"
        description="Calls appear here the moment a visitor presses your call button. Create a widget, connect it to a trunk, and put its snippet or hosted link where your customers are."
        action={
          <Link href={`/o/${ctx.org.slug}/widgets`} className={buttonClass("primary")}>
            <LayoutGrid className="size-4" aria-hidden />
            Create a widget to start receiving calls
          </Link>
        }
      />
    </>
  );
}

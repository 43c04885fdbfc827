import type { Metadata } from "next";
import Link from "next/link";
import { BarChart3, LayoutGrid } from "lucide-react";
import { requireOrgPage } from "@/lib/server/guard/require-org-page";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Analytics" };

const FUNNEL = ["Shown", "Clicked", "Mic granted", "Connected", "Answered", "Talk time"];

export default async function AnalyticsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug, "calls.read");
  return (
    <>
      <PageHeader title="Analytics" description="Per-widget conversion funnels, answer rates and call quality over time, with the reason behind every drop." />
      <EmptyState
        icon={<BarChart3 className="size-6" aria-hidden />}
        title="Your funnel fills in with the first calls"
        description="Once a widget is live, each step a visitor takes is counted here, so you can see where callers give up and why."
        action={
          <div className="space-y-6">
            <ol aria-label="Funnel steps" className="flex flex-wrap justify-center gap-2">
              {FUNNEL.map((step, i) => (
                <li key={step} className="flex items-center gap-2 text-xs font-medium text-slate-600">
                  <span className="rounded-full bg-slate-100 px-2.5 py-1 ring-1 ring-inset ring-slate-200">{step}</span>
                  {i < FUNNEL.length - 1 ? <span aria-hidden className="text-slate-300">→</span> : null}
                </li>
              ))}
            </ol>
            <Link href={`/o/${ctx.org.slug}/widgets`} className={buttonClass("primary")}>
              <LayoutGrid className="size-4" aria-hidden />
              Create a widget
            </Link>
          </div>
        }
      />
    </>
  );
}

import { PageHeader } from "@/components/ui/page-header";
import { SettingsTabs } from "@/components/settings/settings-tabs";

export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  return (
    <>
      <PageHeader title="Settings" description="Your organization, the people in it, and a record of every change they make." />
      <SettingsTabs orgSlug={orgSlug} />
      <div className="mt-8 space-y-6">{children}</div>
    </>
  );
}

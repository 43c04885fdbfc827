import { BrandMark } from "@/components/dashboard/brand-mark";

// The centred card used by pages outside the dashboard (invite, first organization).
export function AuthCard(props: { title: string; description?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-slate-50 to-slate-100 px-4 py-12">
      <div className="mb-8 text-slate-900">
        <BrandMark />
      </div>
      <section className="w-full max-w-md rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">{props.title}</h1>
        {props.description ? <div className="mt-2 text-sm text-slate-600">{props.description}</div> : null}
        {props.children ? <div className="mt-6">{props.children}</div> : null}
      </section>
    </main>
  );
}

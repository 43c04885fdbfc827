import { Activity, PhoneCall, ShieldCheck } from "lucide-react";
import { BrandMark } from "@/components/ui/brand-mark";

const POINTS = [
  { icon: PhoneCall, title: "Calls ring your own phone system", text: "Visitors click, your team answers on the PBX they already use." },
  { icon: ShieldCheck, title: "Nothing secret in the page", text: "Short-lived, single-use credentials; your trunk password never leaves the server." },
  { icon: Activity, title: "Every call accounted for", text: "Outcomes, duration and audio quality for each call, per widget." },
];

// The frame around sign-in and the other signed-out pages: product story on the left (wide screens), the task on
// the right. Presentational only.
export function AuthShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen bg-white">
      <aside className="relative hidden w-[46%] max-w-2xl flex-col justify-between overflow-hidden bg-slate-950 px-12 py-10 text-white lg:flex">
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-0 bg-[radial-gradient(60rem_40rem_at_-10%_-10%,rgba(59,108,246,0.45),transparent_60%),radial-gradient(40rem_30rem_at_110%_110%,rgba(37,83,224,0.35),transparent_60%)]"
        />
        <BrandMark tone="light" className="relative" />
        <div className="relative max-w-md">
          <h2 className="text-3xl font-semibold leading-tight tracking-tight text-balance">Let visitors call you, right from your website.</h2>
          <p className="mt-4 text-base text-slate-300">
            One button on your site, a browser call straight into your phone system. No app, no number to dial.
          </p>
          <ul className="mt-10 space-y-6">
            {POINTS.map(({ icon: Icon, title, text }) => (
              <li key={title} className="flex gap-4">
                <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-white/10 ring-1 ring-white/15">
                  <Icon className="size-5 text-brand-100" aria-hidden="true" />
                </span>
                <span>
                  <span className="block text-sm font-semibold text-white">{title}</span>
                  <span className="mt-0.5 block text-sm text-slate-400">{text}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <p className="relative text-xs text-slate-500">WebRTC click-to-call for your own PBX</p>
      </aside>
      <main className="flex min-w-0 flex-1 flex-col items-center bg-slate-50 px-5 pb-10 pt-14 sm:justify-center sm:px-8 sm:py-10">
        <div className="w-full max-w-sm">
          <BrandMark className="mb-8 lg:hidden" />
          {children}
        </div>
      </main>
    </div>
  );
}

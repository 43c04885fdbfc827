import type { TAppearance } from "@/lib/shared/widget/appearance";

// Logo (or a monogram in the brand colors when there is none) and the company's name.
export function BrandHeader(props: { appearance: TAppearance; closeButton?: React.ReactNode }) {
  const a = props.appearance;
  const initial = (a.companyName.trim()[0] ?? "•").toUpperCase();
  return (
    <div className="flex items-center gap-3">
      {a.logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- an admin-hosted logo of unknown size; no optimizer hop
        <img src={a.logoUrl} alt={a.companyName || "Logo"} className="h-10 w-auto max-w-40 rounded-lg object-contain" />
      ) : (
        <span aria-hidden className="grid size-10 place-items-center rounded-xl text-lg font-bold" style={{ backgroundColor: a.primaryColor, color: a.textColor }}>
          {initial}
        </span>
      )}
      {a.companyName ? <span className="text-base font-semibold">{a.companyName}</span> : null}
      {props.closeButton ? <div className="ml-auto">{props.closeButton}</div> : null}
    </div>
  );
}

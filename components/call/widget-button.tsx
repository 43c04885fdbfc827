import type { TPublicWidget } from "@/lib/shared/widget/public-widget";
import { CallIcon } from "./call-icon";

// The visitor's button as the embed loader draws it: a pill in the widget's colors. Rendered by the builder's
// preview; the loader (public/embed.js) mirrors the same look without React.
export function WidgetButton(props: { widget: TPublicWidget; onClick?: () => void; className?: string }) {
  const { appearance, texts, status } = props.widget;
  const label = status === "open" ? texts.buttonLabel : texts.offlineButtonLabel;
  return (
    <button
      type="button"
      onClick={props.onClick}
      className={`inline-flex items-center gap-2.5 rounded-full px-5 py-3 text-[15px] font-semibold shadow-lg shadow-black/15 ring-1 ring-black/5 transition-transform hover:-translate-y-0.5 focus-visible:outline-2 focus-visible:outline-offset-2 ${props.className ?? ""}`}
      style={{ backgroundColor: appearance.primaryColor, color: appearance.textColor, outlineColor: appearance.primaryColor }}
    >
      <CallIcon name={appearance.icon} className="size-5" />
      <span>{label}</span>
      {status !== "open" ? <span className="size-2 rounded-full bg-current opacity-60" aria-hidden /> : null}
    </button>
  );
}

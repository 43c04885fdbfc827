import { Clock, Info } from "lucide-react";
import type { TPublicWidget } from "@/lib/shared/widget/public-widget";
import { CallPanel } from "./call-panel";
import { CallbackForm, type TCallbackSubmit } from "./callback-form";
import { formatOpensAt } from "./opens-at";
import { BrandHeader } from "./brand-header";

export type TCallPageMode = "hosted" | "embed" | "preview";

// The visitor's call page: one component for the hosted link, the embed iframe and the builder's preview.
// Server-renderable (no hooks here); only the form islands are client components.
export function CallPage(props: {
  widget: TPublicWidget;
  mode: TCallPageMode;
  onCallback?: TCallbackSubmit;
  pageUrl?: string | null;
  // Embed only: the embedding page's origin, already checked against the widget's allowed origins.
  parentOrigin?: string | null;
  closeButton?: React.ReactNode;
  now?: Date;
}) {
  const { widget, mode } = props;
  const t = widget.texts;
  const a = widget.appearance;
  const style = { "--rl-primary": a.primaryColor, "--rl-on-primary": a.textColor } as React.CSSProperties;
  const opensAt = widget.opensAt ? formatOpensAt(widget.opensAt, widget.timeZone, widget.language, props.now) : null;
  const card = (
    <div className={mode === "hosted" ? "w-full max-w-md rounded-3xl bg-(--rl-bg) p-7 shadow-xl shadow-slate-900/5 ring-1 ring-(--rl-border) sm:p-9" : "w-full bg-(--rl-bg) p-6"}>
      <BrandHeader appearance={a} closeButton={props.closeButton} />
      <h1 className="mt-6 text-2xl font-semibold tracking-tight text-balance">{widget.status === "open" ? t.title : widget.status === "closed" ? t.closedTitle : t.title}</h1>
      {widget.status === "open" ? (
        <>
          <p className="mt-2 text-[15px] leading-relaxed text-(--rl-muted)">{t.subtitle}</p>
          {widget.consentNotice ? (
            <div className="mt-5 flex gap-3 rounded-xl bg-(--rl-surface) p-3.5 text-sm leading-relaxed ring-1 ring-(--rl-border)" role="note">
              <Info className="mt-0.5 size-4 shrink-0 text-(--rl-muted)" aria-hidden />
              <p>{widget.consentNotice}</p>
            </div>
          ) : null}
          <div className="mt-6">
            <CallPanel widget={widget} live={mode !== "preview"} context={{ pageUrl: props.pageUrl, parentOrigin: props.parentOrigin }} />
          </div>
        </>
      ) : widget.status === "closed" ? (
        <>
          <p className="mt-2 text-[15px] leading-relaxed text-(--rl-muted)">{t.closedMessage}</p>
          {opensAt ? (
            <p className="mt-4 inline-flex items-center gap-2 rounded-full bg-(--rl-surface) px-3 py-1.5 text-sm font-medium ring-1 ring-(--rl-border)">
              <Clock className="size-4 text-(--rl-muted)" aria-hidden />
              {t.opensAt.replace("{time}", opensAt)}
            </p>
          ) : null}
          {widget.offlineCallback ? (
            <div className="mt-6">
              <CallbackForm publicId={widget.publicId} texts={t} onSubmit={props.onCallback} pageUrl={props.pageUrl} />
            </div>
          ) : null}
        </>
      ) : (
        <p className="mt-2 text-[15px] text-(--rl-muted)">{t.pausedMessage}</p>
      )}
    </div>
  );
  // Hosted and embedded, the call page is the document's main content; in the builder's preview it sits inside the
  // dashboard's own <main>.
  const Root = mode === "preview" ? "div" : "main";
  return (
    <Root
      className={`rl-call ${mode === "hosted" ? "flex min-h-dvh flex-col items-center justify-center bg-(--rl-page) px-4 py-10" : "bg-(--rl-bg)"}`}
      data-theme={a.theme}
      lang={widget.language}
      style={style}
    >
      {card}
      {mode === "hosted" ? <p className="mt-6 text-xs text-(--rl-muted)">{widget.callTexts.poweredBy}</p> : null}
    </Root>
  );
}

// One widget: a launcher (or the site's own element) and a dialog panel holding the call-page iframe, which gets
// its src on the first open. Nothing is fetched before the visitor clicks: everything comes from data- attributes.
// Written without `?.`: at the ES2018 target esbuild expands each one into a long ternary.
import { CSS } from "./styles";
import { markup } from "./markup";
import { closeText } from "./strings";
import { doc, HOST_TAG } from "./dom";

type TParts = [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLIFrameElement, HTMLElement];
type TMessage = { ringlink?: unknown; type?: unknown; state?: unknown; height?: unknown };

let sheet: CSSStyleSheet;

export function mountWidget(script: HTMLScriptElement, id: string, target?: string) {
  const data = script.dataset;
  const origin = new URL(script.src).origin;
  const label = data.label || "Call us";
  const inline = data.mode == "inline";
  const side = data.position == "bottom-left" ? "l" : "r";
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: "open" });
  const setVar = (name: string, value: string) => host.style.setProperty("--" + name, value);
  // Inline widgets may repeat; the loader keeps one floating or attached widget per id (see loader.ts).
  if (!inline) host.dataset.id = id;
  setVar("c", data.color || "#2553e0");
  setVar("t", data.textColor || "#fff");
  root.innerHTML = markup(inline ? "" : "f " + side, inline || target ? side : side + " u");
  // A constructed stylesheet is exempt from the host page's CSP style-src, unlike a <style> element.
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const [launcher, panel, startSentinel, closeButton, frame, endSentinel] = root.querySelectorAll("button,[id],i,iframe") as unknown as TParts;
  // Attached to the site's own element: the launcher stays hidden and that element becomes the trigger.
  launcher.hidden = !!target;
  launcher.append(label);
  closeButton.before(label);
  panel.ariaLabel = frame.title = label;
  closeButton.ariaLabel = closeText(data.lang);

  // The element that opened the panel (the launcher, or the site's own element) gets aria-expanded and focus back.
  let trigger = launcher;
  let inCall = false;
  // targetOrigin pins delivery to the call page's origin: if the iframe was navigated elsewhere, nothing is sent.
  const notifyOpened = () => panel.hidden || frame.contentWindow!.postMessage({ ringlink: 1, type: "opened" }, origin);
  const open = (by: HTMLElement) => {
    trigger = by;
    panel.hidden = false;
    trigger.ariaExpanded = "true";
    closeButton.focus();
    // The first open loads the page, which knows it is shown; posting to the still-blank frame would only log a
    // targetOrigin mismatch in the site's console. Later opens tell the loaded page.
    if (frame.src) return notifyOpened();
    const e = encodeURIComponent;
    frame.src = `${origin}/embed/${id}?origin=${e(location.origin)}&page=${e(location.href)}&ref=${e(doc.referrer)}`;
  };
  // During a call the panel stays open (its close control is hidden): only the call page, which owns hang-up,
  // can close it then. Hiding a live call would leave the visitor on the phone with no controls.
  const close = (fromPage?: boolean) => {
    if (!panel.hidden && (fromPage || !inCall)) {
      panel.hidden = true;
      trigger.ariaExpanded = "false";
      trigger.focus();
    }
  };

  startSentinel.onfocus = () => frame.focus();
  endSentinel.onfocus = () => closeButton.focus();
  closeButton.onclick = () => close();
  // Key events from the launcher and the panel are composed, so they reach the host; the site's keys are not ours.
  // (A handler returning false would cancel the event: Enter would no longer activate the buttons.)
  host.onkeydown = (e) => {
    if (e.key == "Escape") close();
  };
  addEventListener("message", (e) => {
    const m = e.data as TMessage;
    if (e.origin != origin || e.source != frame.contentWindow || (m || 0).ringlink !== 1) return;
    if (m.type == "close") close(true);
    if (m.type == "resize" && (m.height as number) > 0) setVar("h", +m.height! + 52 + "px");
    if (m.type == "state") {
      closeButton.hidden = inCall = m.state == "in-call";
      // Handshake: the page posts a state when its listener is ready, and may have missed an earlier "opened".
      notifyOpened();
    }
  });

  launcher.onclick = () => (panel.hidden ? open(launcher) : close());
  if (!target) return inline ? script.after(host) : doc.body.append(host);
  doc.body.append(host);
  doc.addEventListener("click", (e) => {
    const el = (e.target as Element).closest<HTMLElement>(target!);
    if (el) e.preventDefault(), open(el);
  });
}

// Ringlink embed loader. Every copy of this script scans for snippets not yet handled (marked on their own
// <script> element), so the script included twice, async ordering and several widgets per page all work.
// It defines no globals and never touches the page's cookies or storage.
//
// Contract with the call page (/embed/<publicId>?origin=&page=&ref=), both ways checked on origin and source:
//   page -> loader  {ringlink: 1, type: "close"}                       closes the panel
//                   {ringlink: 1, type: "resize", height: <css px>}    sets the panel's content height (desktop)
//                   {ringlink: 1, type: "state", state: "idle" | "in-call" | "ended"}
//                   "in-call" hides the close control and ignores Escape until another state arrives; any state
//                   message while the panel is shown is answered with "opened" (post one when your listener is ready)
//   loader -> page  {ringlink: 1, type: "opened"}  on reopen and in answer to "state"; never on the first load
// Escape inside the iframe never reaches the loader: the page should post "close" for it.
import { doc, HOST_TAG } from "./dom";
import { mountWidget } from "./widget";

type TScript = HTMLScriptElement & { rl?: 1 };
let warned = 0;

function scan() {
  doc.querySelectorAll<TScript>('script[src*="/embed.js"][data-widget]').forEach((s) => {
    if (s.rl) return;
    s.rl = 1;
    const { widget: id = "", mode, target } = s.dataset;
    try {
      if (!/^[A-Za-z0-9_-]{6,40}$/.test(id)) throw 0;
      if (target) doc.querySelector(target); // throws on an invalid selector
    } catch {
      return warned++ || console.warn("Ringlink: invalid snippet", s);
    }
    // The same floating or attached widget twice would stack two panels: keep the first one.
    if (mode == "inline" || !doc.querySelector(`${HOST_TAG}[data-id="${id}"]`)) mountWidget(s, id, target);
  });
}

// Before DOMContentLoaded there may be no <body> yet (async script in <head>) and more snippets to come.
if (doc.readyState == "loading") doc.addEventListener("DOMContentLoaded", scan);
else scan();

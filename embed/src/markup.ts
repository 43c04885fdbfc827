// Shadow-root markup (attribute quotes dropped where HTML allows: bytes). The iframe gets its src on the first
// open, so nothing loads before that. Labels come from the site's snippet and are added as text nodes by the
// widget, never interpolated here. The two empty <i tabindex=0> are focus sentinels that keep Tab inside the modal
// panel, including Tab out of the cross-origin iframe. Element order is relied on by widget.ts.
const svg = (d: string) => `<svg viewBox="0 0 24 24" aria-hidden=true><path d="${d}"/></svg>`;

// A phone handset on lucide's 24 px grid (simplified to save bytes) and lucide's "x" (ISC licence).
const PHONE = svg("M4 2h4l2 5-2.5 1.5a11 11 0 0 0 6 6L15 12l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 2 4a2 2 0 0 1 2-2");
const X = svg("M18 6 6 18M6 6l12 12");

export const markup = (buttonClass: string, panelClass: string) =>
  `<button class="b ${buttonClass}" aria-expanded=false aria-controls=p>${PHONE}</button>` +
  `<div id=p class="p ${panelClass}" role=dialog aria-modal=true hidden><i tabindex=0></i>` +
  `<div class=h><button>${X}</button></div><iframe allow="microphone; autoplay"></iframe><i tabindex=0></i></div>`;

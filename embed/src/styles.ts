// Shadow-root styles, hand-minified: esbuild does not minify CSS inside a string, and every byte ships to every
// visitor of every customer site. `all:initial` stops the site's inherited fonts and colours leaking in.
// Motion exists only under prefers-reduced-motion:no-preference. Under 480 px the panel is a full-screen sheet.
// Buttons are inline-flex so an inline launcher sits in the text; the header, a flex item, is blockified.
// The header is 52 px tall (8 + 36 + 8): widget.ts adds that to the height a "resize" message asks for.
export const CSS =
  ":host{all:initial;font:600 15px system-ui}" +
  "button,.h{display:inline-flex;align-items:center;gap:8px;padding:8px;border:0;background:var(--c);color:var(--t);font:inherit}" +
  "button{border-radius:99px;cursor:pointer}.b{padding:15px 22px 15px 18px;box-shadow:0 6px 20px -4px #0008}" +
  ".b:hover{filter:brightness(1.1);transform:translateY(-2px)}.b:focus-visible{outline-offset:3px}" +
  "svg{width:20px;fill:none;stroke:currentColor;stroke-width:2}" +
  ".f,.p{position:fixed;bottom:20px;right:20px;z-index:2147483647}.l{left:20px;right:auto}.u{bottom:86px}" +
  ".p{display:flex;flex-flow:column;width:380px;height:min(var(--h,600px),100vh - 106px);background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 24px 64px -12px #0008}" +
  "[hidden]{display:none}.h{padding-left:18px;justify-content:space-between}iframe{flex:1;border:0}" +
  "@media(max-width:480px){.p{inset:0;width:auto;height:auto;border-radius:0}}" +
  "@media(prefers-reduced-motion:no-preference){.b{transition:.2s}}";

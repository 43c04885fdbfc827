// Shared by the loader's modules: one alias the minifier can shorten, and the host element's tag (a custom
// element name, so the site's own CSS for div/span never reaches it).
export const doc = document;
export const HOST_TAG = "ringlink-widget";

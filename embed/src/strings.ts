// The loader's one word of its own: the close control's name (the button label always comes from the snippet,
// "Call us" only when it is missing). "auto" follows the host page's <html lang> (the button sits in the site's text).
import { doc } from "./dom";

const CLOSE: Record<string, string> = { de: "Schließen", es: "Cerrar", fr: "Fermer" };

export function closeText(lang = "auto") {
  return CLOSE[(lang == "auto" ? doc.documentElement.lang : lang).slice(0, 2).toLowerCase()] || "Close";
}

// "Acme Support" -> "AS", "ana@example.com" -> "AN": avatars without images.
export function initials(text: string): string {
  const words = text.replace(/@.*/, "").split(/[\s._-]+/).filter(Boolean);
  const letters = words.length >= 2 ? words[0]![0]! + words[1]![0]! : (words[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

// A stable colour per organization, so the switcher's avatars are told apart at a glance.
// All dark enough for white 12px initials (WCAG AA 4.5:1); the 600 shades of amber, emerald and cyan are not.
const TONES = ["bg-brand-600", "bg-emerald-700", "bg-violet-600", "bg-amber-700", "bg-rose-700", "bg-cyan-700"];
export function toneFor(key: string): string {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return TONES[h % TONES.length]!;
}

import "server-only";
import { db } from "@/lib/db";
import { callRules, type TCallRules } from "./widget-call-rules";

const TTL_MS = 5000;
const MAX_ENTRIES = 2000;

const load = (publicId: string) =>
  db.widget.findUnique({ where: { publicId }, include: { trunk: true, iceServerSet: { include: { servers: true } } } });

type TWidgetRow = NonNullable<Awaited<ReturnType<typeof load>>>;
export type TCallableWidget = TWidgetRow & { rules: TCallRules };

const cache = new Map<string, { at: number; value: Promise<TCallableWidget | null> }>();

// A widget's call settings, cached per process for 5 s: a busy widget would otherwise pay four queries per mint,
// and its hours and form schema are parsed once per load instead of once per call.
// Pausing a widget or rotating a secret therefore takes effect within 5 s on every instance.
export function loadCallableWidget(publicId: string, now = Date.now()): Promise<TCallableWidget | null> {
  const hit = cache.get(publicId);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  const value = load(publicId).then((w) => (w ? { ...w, rules: callRules(w) } : null));
  cache.set(publicId, { at: now, value });
  value.catch(() => cache.delete(publicId));
  return value;
}

export function forgetCallableWidget(publicId: string) {
  cache.delete(publicId);
}

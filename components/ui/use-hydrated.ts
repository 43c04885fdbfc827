import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// False in the server render and during hydration, true once React owns the page. Controls whose behaviour lives
// in JavaScript stay disabled until then, so an early click is never lost (or, for a form, submitted natively).
export function useHydrated() {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

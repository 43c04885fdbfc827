import "server-only";
import { AppError } from "@/lib/server/errors";
import { RELAY_ONLY_NEEDS_TURN, hasTurnServer, type TIceSetInput } from "@/lib/shared/ice-servers/ice-schemas";

// The action's schema already refuses this; the service checks again because it owns the rule (a caller that skips
// the schema must not be able to store a set on which every call fails). `servers` is the whole list the set will
// have after the write, so checking it before writing is exact and leaves nothing to roll back.
export function assertRelayOnlyHasTurn(input: TIceSetInput) {
  if (input.relayOnly && !hasTurnServer(input.servers)) {
    throw new AppError("bad_request", RELAY_ONLY_NEEDS_TURN, { fieldErrors: { relayOnly: RELAY_ONLY_NEEDS_TURN } });
  }
}

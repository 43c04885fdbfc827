import "server-only";
import { AppError } from "@/lib/server/errors";
import type { TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";

// The non-secret columns a form writes. Fields that do not apply to the auth mode are cleared, not kept stale.
export function trunkFields(input: TTrunkInput) {
  return {
    name: input.name,
    preset: input.preset,
    wsUrl: input.wsUrl,
    sipDomain: input.sipDomain,
    authMode: input.authMode,
    hmacAlgorithm: input.hmacAlgorithm,
    staticUsername: input.authMode === "STATIC" ? (input.staticUsername ?? null) : null,
    displayNameTemplate: input.displayNameTemplate || null,
    allowedHeaders: [...new Set(input.allowedHeaders)],
    sendContextHeaders: input.sendContextHeaders,
  };
}

export function secretRequired(authMode: TTrunkInput["authMode"]) {
  const message = authMode === "STATIC" ? "Enter the extension's SIP password" : "Enter the shared secret the SBC also knows";
  return new AppError("bad_request", message, { fieldErrors: { secret: message } });
}

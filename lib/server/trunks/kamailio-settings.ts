import "server-only";
import { AppError } from "@/lib/server/errors";
import { parseOriginPattern } from "@/lib/shared/widget/origins";

// Renders the per-trunk part of sbc/kamailio/settings.cfg and the secrets file in the syntax those files use.
// Pure: the service decrypts the secret and gathers the origins; this only formats and refuses unsafe values.
export type TKamailioTrunk = {
  name: string;
  sipDomain: string;
  hmacAlgorithm: "SHA1" | "SHA256";
  allowedHeaders: string[];
  sendContextHeaders: boolean;
};

export const SETTINGS_MARKER = "# ===== settings.cfg =====";
export const SECRETS_MARKER = "# ===== secrets file (the path in SBC_SECRETS_FILE) =====";

// #!substdef substitutes its IDs everywhere in later text, quoted strings and the included secrets file too: a
// secret containing "SBC_" would be rewritten. Quotes and backslashes would end or escape the cfg string.
const SAFE_SECRET = /^[\x20-\x7e]+$/;
const UNSAFE_IN_STRING = /["\\]/;
const REALM_CHARS = /^[A-Za-z0-9.:[\]-]+$/;

const oneLine = (s: string) => s.replace(/[\x00-\x1f\x7f]/g, " ");

function unprocessable(message: string) {
  return new AppError("unprocessable", message);
}

export function assertKamailioSafeSecret(secret: string) {
  if (!SAFE_SECRET.test(secret) || UNSAFE_IN_STRING.test(secret) || secret.includes("SBC_")) {
    throw unprocessable(
      'The trunk secret cannot be written into a Kamailio config as is (it has a double quote, backslash, line break, non-ASCII character or the text "SBC_"). Replace it with one from `openssl rand -base64 32`, then download again.',
    );
  }
}

// Widget origins are stored canonical (lib/shared/widget/origins.ts), wildcards included. In the POSIX regex every
// host character that is not a letter, digit, ":" or "-" goes into a bracket expression ("." -> "[.]"), which needs no
// backslashes ("]" is literal first in a class); "*." becomes one or more whole labels, never the bare base.
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])$/;

function originPattern(origin: string) {
  const p = parseOriginPattern(origin);
  if (!p || !HOST.test(p.host)) {
    throw unprocessable(`"${oneLine(origin).slice(0, 100)}" is not an origin like https://shop.example.com: fix the widget's allowed origins.`);
  }
  const host = [...p.host].map((c) => (/[A-Za-z0-9:-]/.test(c) ? c : `[${c}]`)).join("");
  return `${p.scheme}://${p.wildcard ? "([A-Za-z0-9-]+[.])+" : ""}${host}${p.port ? `:${p.port}` : ""}`;
}

function realmOf(sipDomain: string) {
  const realm = sipDomain.replace(/:\d{1,5}$/, "");
  if (!REALM_CHARS.test(realm)) throw unprocessable("The trunk's SIP domain is not a plain host name or IP address.");
  return realm;
}

export function kamailioSettingsFilename(trunkName: string) {
  const slug = trunkName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `ringlink-${slug || "trunk"}.cfg`;
}

export function renderKamailioSettings(o: { trunk: TKamailioTrunk; secret: string; origins: string[] }): string {
  assertKamailioSafeSecret(o.secret);
  const origins = [...new Set(o.origins)];
  if (origins.length === 0) throw unprocessable("No browser origin to allow: the app's own origin is missing.");
  const wsOrigins = `^(${origins.map(originPattern).join("|")})\\$`;
  const headers = [...o.trunk.allowedHeaders, ...(o.trunk.sendContextHeaders ? ["X-Ringlink-Page", "X-Ringlink-Referrer", "X-Ringlink-UTM-*"] : [])];
  return [
    `# Ringlink: Kamailio settings for the trunk "${oneLine(o.trunk.name)}".`,
    "# The first part replaces the matching #!substdef lines of settings.cfg (keep your sockets, PBX address and",
    "# certificate there). The second part is the whole secrets file: save it at the path SBC_SECRETS_FILE names,",
    "# chmod 600, owner kamailio, and delete this download. See sbc/README.md, \"Configure\".",
    "",
    SETTINGS_MARKER,
    "# Realm for the digest challenge: the trunk's SIP domain.",
    `#!substdef "!SBC_REALM!${realmOf(o.trunk.sipDomain)}!g"`,
    "# HMAC of the ephemeral credentials: 0 = SHA-1, 1 = SHA-256, as set on the trunk.",
    `#!substdef "!SBC_HMAC_ALG!${o.trunk.hmacAlgorithm === "SHA256" ? 1 : 0}!g"`,
    "# Browser origins allowed to open the WebSocket: Ringlink's call pages and the sites of widgets using this trunk.",
    `#!substdef "!SBC_WS_ORIGINS!${wsOrigins}!g"`,
    `# X- headers Ringlink sends to the PBX on this trunk; the SBC passes them through unchanged: ${headers.join(", ") || "none"}.`,
    "",
    SECRETS_MARKER,
    "# Ringlink trunk secret for auth_ephemeral. During a rotation add the new secret as a second line first.",
    `modparam("auth_ephemeral", "secret", "${o.secret}")`,
    "",
  ].join("\n");
}

import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { ADDRESS_CLASS_LABEL, classifyIp, isAllowedTarget, type TAddressClass } from "./classify-address";

export type TLookup = (hostname: string) => Promise<{ address: string; family: number }[]>;
export type TResolved = { address: string; family: 4 | 6; addressClass: TAddressClass };

export class TargetError extends Error {
  constructor(
    readonly kind: "dns" | "blocked",
    message: string,
  ) {
    super(message);
  }
}

export const systemLookup: TLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

// Resolve first, then judge every address: a name with one public and one private record is refused, and the caller
// connects to the address judged here (never resolving again), so DNS rebinding cannot swap it afterwards.
// `hostname` comes from WHATWG URL parsing, which already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
export async function resolveTarget(hostname: string, o: { allowPrivate: boolean; lookup?: TLookup }): Promise<TResolved> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  let records: { address: string; family: number }[];
  if (isIP(bare)) {
    records = [{ address: bare, family: isIP(bare) }];
  } else {
    try {
      records = await (o.lookup ?? systemLookup)(bare);
    } catch (err) {
      const code = (err as { code?: string }).code ?? "";
      throw new TargetError("dns", `DNS lookup for ${bare} failed (${code || "no answer"}): check the host name`);
    }
    if (records.length === 0) throw new TargetError("dns", `DNS lookup for ${bare} returned no address`);
  }
  const judged = records.map((r) => ({ address: r.address, family: (r.family === 6 ? 6 : 4) as 4 | 6, addressClass: classifyIp(r.address) }));
  const refused = judged.find((r) => !isAllowedTarget(r.addressClass, o.allowPrivate));
  if (refused) {
    const hint = ["loopback", "private", "link-local"].includes(refused.addressClass)
      ? " Private targets are disabled on this server (RINGLINK_ALLOW_PRIVATE_TARGETS)."
      : "";
    throw new TargetError("blocked", `Refused: ${bare} resolves to ${refused.address}, ${ADDRESS_CLASS_LABEL[refused.addressClass]}.${hint}`);
  }
  return judged[0]!;
}

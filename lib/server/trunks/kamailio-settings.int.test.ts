import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/errors";
import type { TTrunkInput } from "@/lib/shared/trunks/trunk-schemas";
import { canary, createWidgetRow, orgWithActor } from "@/test/org-fixture";
import { createTrunk } from "./create-trunk";
import { exportSbcSettings } from "./export-sbc-settings";
import { kamailioSettingsFilename, renderKamailioSettings, SECRETS_MARKER, SETTINGS_MARKER, type TKamailioTrunk } from "./kamailio-settings";

const trunk: TKamailioTrunk = { name: "Main office", sipDomain: "pbx.example.com:5060", hmacAlgorithm: "SHA256", allowedHeaders: ["X-Campaign"], sendContextHeaders: true };
const secret = "s3cr3t+/=base64~ok$";

async function codeOf(fn: () => unknown) {
  const err = await Promise.resolve().then(fn).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe("renderKamailioSettings", () => {
  test("writes settings.cfg's #!substdef lines and the secrets file's modparam, in two marked parts", () => {
    const text = renderKamailioSettings({ trunk, secret, origins: ["https://app.ringlink.example", "http://[::1]:3000", "https://app.ringlink.example"] });
    const [head, rest] = text.split(SETTINGS_MARKER);
    const [settings, secrets] = rest!.split(SECRETS_MARKER);
    expect(head).not.toContain(secret);
    expect(settings).not.toContain(secret);
    expect(settings).toContain('#!substdef "!SBC_REALM!pbx.example.com!g"');
    expect(settings).toContain('#!substdef "!SBC_HMAC_ALG!1!g"');
    // Regex-special characters sit in bracket expressions; "$" is written "\$" as settings.cfg documents; duplicates go.
    expect(settings).toContain('#!substdef "!SBC_WS_ORIGINS!^(https://app[.]ringlink[.]example|http://[[]::1[]]:3000)\\$!g"');
    expect(settings).toContain("X-Campaign, X-Ringlink-Page, X-Ringlink-Referrer, X-Ringlink-UTM-*.");
    expect(secrets).toContain(`modparam("auth_ephemeral", "secret", "${secret}")`);
    expect(secrets!.match(/^modparam/gm)).toHaveLength(1);
  });

  test("the origin pattern matches exactly the listed origins", () => {
    const text = renderKamailioSettings({ trunk, secret, origins: ["https://app.ringlink.example", "https://shop.example.com:8443"] });
    const pattern = /!SBC_WS_ORIGINS!(.*)!g"/.exec(text)![1]!.replace("\\$", "$");
    const re = new RegExp(pattern);
    expect(re.test("https://app.ringlink.example")).toBe(true);
    expect(re.test("https://shop.example.com:8443")).toBe(true);
    expect(re.test("https://appxringlink.example")).toBe(false);
    expect(re.test("https://app.ringlink.example.evil.test")).toBe(false);
    expect(re.test("https://shop.example.com")).toBe(false);
  });

  test("a wildcard origin allows any subdomain of its base, never the base itself or a look-alike", () => {
    const text = renderKamailioSettings({ trunk, secret, origins: ["https://*.example.com"] });
    expect(text).toContain('#!substdef "!SBC_WS_ORIGINS!^(https://([A-Za-z0-9-]+[.])+example[.]com)\\$!g"');
    const re = new RegExp(/!SBC_WS_ORIGINS!(.*)!g"/.exec(text)![1]!.replace("\\$", "$"));
    for (const ok of ["https://shop.example.com", "https://a.b.example.com"]) expect(re.test(ok)).toBe(true);
    for (const bad of ["https://example.com", "https://evilexample.com", "https://shop.example.com.evil.io", "http://shop.example.com"]) expect(re.test(bad)).toBe(false);
  });

  test("SHA-1 trunks get algorithm 0 and no context headers when the trunk sends none", () => {
    const text = renderKamailioSettings({ trunk: { ...trunk, hmacAlgorithm: "SHA1", allowedHeaders: [], sendContextHeaders: false }, secret, origins: ["https://a.example"] });
    expect(text).toContain('#!substdef "!SBC_HMAC_ALG!0!g"');
    expect(text).toContain("unchanged: none.");
  });

  test.each([
    ["a double quote", 'abcdefgh"ijklmnop'],
    ["a backslash", "abcdefgh\\ijklmnop"],
    ["a line break", "abcdefgh\nmodparam(x)"],
    ["non-ASCII", "abcdefghijklmnöp"],
    ["a substdef id", "abcdefSBC_REALMxyz"],
  ])("a secret with %s is refused with a clear message, not escaped into a broken config", async (_what, bad) => {
    expect(await codeOf(() => renderKamailioSettings({ trunk, secret: bad, origins: ["https://a.example"] }))).toBe("unprocessable");
    expect(() => renderKamailioSettings({ trunk, secret: bad, origins: ["https://a.example"] })).toThrow(/openssl rand -base64 32/);
  });

  test.each(["https://a.example/path", "javascript:alert(1)", "https://a.example!g", "https://user@a.example", "*"])("origin %s is refused", async (bad) => {
    expect(await codeOf(() => renderKamailioSettings({ trunk, secret, origins: ["https://ok.example", bad] }))).toBe("unprocessable");
  });

  test("the file name is a slug of the trunk name", () => {
    expect(kamailioSettingsFilename("Main office (Berlin)")).toBe("ringlink-main-office-berlin.cfg");
    expect(kamailioSettingsFilename('"; rm -rf /')).toBe("ringlink-rm-rf.cfg");
    expect(kamailioSettingsFilename("Ωμέγα")).toBe("ringlink-trunk.cfg");
  });
});

describe("exportSbcSettings", () => {
  const input = (s: string): TTrunkInput => ({
    name: "Head office",
    preset: "RINGLINK_KAMAILIO",
    wsUrl: "wss://sbc.example.com",
    sipDomain: "pbx.example.com",
    authMode: "EPHEMERAL",
    hmacAlgorithm: "SHA1",
    secret: s,
    allowedHeaders: [],
    sendContextHeaders: false,
  });

  test("decrypts the secret, adds the widgets' origins and records an audit entry without the secret", async () => {
    const { organizationId, actor } = await orgWithActor();
    const s = canary("sbc");
    const created = await createTrunk({ organizationId, actor, input: input(s) });
    const w = await createWidgetRow({ organizationId, name: "Shop", trunkId: created.id });
    await db.widget.update({ where: { id: w.id }, data: { allowedOrigins: ["https://shop.example.com"] } });
    const out = await exportSbcSettings({ organizationId, trunkId: created.id, actor, appOrigin: "https://app.ringlink.example" });
    expect(out.filename).toBe("ringlink-head-office.cfg");
    expect(out.body).toContain(`"secret", "${s}")`);
    expect(out.body).toContain("^(https://app[.]ringlink[.]example|https://shop[.]example[.]com)\\$");
    const audit = await db.auditLog.findMany({ where: { organizationId, action: "trunk.export_sbc_settings" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.resourceId).toBe(created.id);
    expect(JSON.stringify(audit[0])).not.toContain(s);
  });

  test("another organization's trunk is not found, and nothing is audited", async () => {
    const a = await orgWithActor();
    const b = await orgWithActor();
    const created = await createTrunk({ organizationId: a.organizationId, actor: a.actor, input: input(canary("sbc")) });
    expect(await codeOf(() => exportSbcSettings({ organizationId: b.organizationId, trunkId: created.id, actor: b.actor, appOrigin: "https://x.example" }))).toBe("not_found");
    expect(await db.auditLog.count({ where: { action: "trunk.export_sbc_settings", resourceId: created.id } })).toBe(0);
  });

  test("a trunk that is not in ephemeral mode has no Kamailio settings; a bad secret is refused unaudited", async () => {
    const { organizationId, actor } = await orgWithActor();
    const none = await createTrunk({ organizationId, actor, input: { ...input(""), authMode: "NONE", secret: undefined } });
    expect(await codeOf(() => exportSbcSettings({ organizationId, trunkId: none.id, actor, appOrigin: "https://x.example" }))).toBe("conflict");
    const quoted = await createTrunk({ organizationId, actor, input: input('has"a-quote-inside-it') });
    expect(await codeOf(() => exportSbcSettings({ organizationId, trunkId: quoted.id, actor, appOrigin: "https://x.example" }))).toBe("unprocessable");
    expect(await db.auditLog.count({ where: { organizationId, action: "trunk.export_sbc_settings" } })).toBe(0);
  });
});

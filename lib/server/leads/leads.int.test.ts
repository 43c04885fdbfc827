import { test, expect } from "vitest";
import { db } from "@/lib/db";
import { createOrgWithUser } from "@/prisma/factories";
import { createWidget } from "@/lib/server/widgets/create-widget";
import { createLead, LEADS_PER_IP_PER_HOUR } from "./create-lead";
import { listLeads } from "./list-leads";
import { markLeadHandled } from "./mark-lead-handled";

async function setup() {
  const { org, user } = await createOrgWithUser(db, "OWNER");
  const actor = { organizationId: org.id, userId: user.id, email: user.email };
  const widget = await createWidget(org.id, actor, { name: "Offline line", destination: "200" });
  return { org, actor, widget };
}

const ipOf = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

test("a callback request is stored on the widget and listed for the organization", async () => {
  const { org, widget } = await setup();
  await createLead({ publicId: widget.publicId, ip: ipOf(), raw: { name: "Ada", phone: "+49 30 1234567", message: "About my order" }, pageUrl: "https://shop.example.test/p?x=1" });
  const leads = await listLeads(org.id, widget.id);
  expect(leads).toHaveLength(1);
  expect(leads[0]).toMatchObject({ name: "Ada", phone: "+49 30 1234567", message: "About my order", pageUrl: "https://shop.example.test/p?x=1", handledAt: null });
});

test("bad input is refused with field errors and stores nothing; javascript: page URLs are dropped", async () => {
  const { org, widget } = await setup();
  await expect(createLead({ publicId: widget.publicId, ip: ipOf(), raw: { phone: "nope" } })).rejects.toMatchObject({ code: "bad_request", details: { fieldErrors: { phone: expect.any(String) } } });
  await expect(createLead({ publicId: "doesnotexist", ip: ipOf(), raw: { phone: "+4930123456" } })).rejects.toMatchObject({ code: "not_found" });
  expect(await listLeads(org.id, widget.id)).toHaveLength(0);
  await createLead({ publicId: widget.publicId, ip: ipOf(), raw: { phone: "+4930123456" }, pageUrl: "javascript:alert(1)" });
  expect((await listLeads(org.id, widget.id))[0]?.pageUrl).toBeNull();
});

test("per IP and widget: the request after the limit is 429 and not stored; another IP still gets through", async () => {
  const { org, widget } = await setup();
  const ip = ipOf();
  for (let i = 0; i < LEADS_PER_IP_PER_HOUR; i++) await createLead({ publicId: widget.publicId, ip, raw: { phone: `+49301234${i}00` } });
  await expect(createLead({ publicId: widget.publicId, ip, raw: { phone: "+4930999999" } })).rejects.toMatchObject({ code: "rate_limited" });
  expect(await listLeads(org.id, widget.id)).toHaveLength(LEADS_PER_IP_PER_HOUR);
  await createLead({ publicId: widget.publicId, ip: `${ip}1`, raw: { phone: "+4930888888" } });
  expect(await listLeads(org.id, widget.id)).toHaveLength(LEADS_PER_IP_PER_HOUR + 1);
});

test("another organization cannot list or mark this organization's leads", async () => {
  const mine = await setup();
  const theirs = await setup();
  const lead = await createLead({ publicId: mine.widget.publicId, ip: ipOf(), raw: { phone: "+4930123456" } });
  await expect(listLeads(theirs.org.id, mine.widget.id)).rejects.toMatchObject({ code: "not_found" });
  await expect(markLeadHandled(theirs.org.id, theirs.actor, lead.id, true)).rejects.toMatchObject({ code: "not_found" });
  expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).handledAt).toBeNull();
  await markLeadHandled(mine.org.id, mine.actor, lead.id, true);
  expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).handledAt).not.toBeNull();
  expect(await db.auditLog.count({ where: { resourceId: lead.id, action: "lead.handled" } })).toBe(1);
});

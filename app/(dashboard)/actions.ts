"use server";
import { userAction } from "@/lib/server/guard/user-action";
import { requestActor } from "@/lib/server/audit/request-actor";
import { createOrganization } from "@/lib/server/orgs/create-organization";
import { ZCreateOrganization } from "@/lib/shared/org-schemas";

const create = userAction(ZCreateOrganization, async (user, input) =>
  createOrganization({ actor: await requestActor(user), name: input.name }),
);

export async function createOrganizationAction(raw: unknown) {
  return create(raw);
}

"use server";
import { headers } from "next/headers";
import { AppError } from "@/lib/server/errors";
import { clientIp } from "@/lib/server/http/client-ip";
import { createLead } from "@/lib/server/leads/create-lead";
import type { TActionResult } from "@/lib/shared/action-result";

// Public: a visitor's callback request from a closed widget's page (hosted or embedded). No session; the service
// validates the input and rate-limits per IP + widget. Arguments are untrusted and re-typed here.
export async function requestCallback(publicId: unknown, raw: unknown, pageUrl: unknown): Promise<TActionResult<{ id: string }>> {
  try {
    if (typeof publicId !== "string" || !/^[A-Za-z0-9]{12,32}$/.test(publicId)) throw new AppError("not_found", "Not found");
    const ip = clientIp(await headers());
    const lead = await createLead({ publicId, ip, raw, pageUrl: typeof pageUrl === "string" ? pageUrl : null });
    return { ok: true, data: lead };
  } catch (err) {
    if (err instanceof AppError) {
      const fieldErrors = (err.details?.fieldErrors ?? undefined) as Record<string, string> | undefined;
      return { ok: false, code: err.code, message: err.message, fieldErrors };
    }
    console.error("callback request failed", err);
    return { ok: false, code: "internal", message: "Something went wrong on our side. Try again." };
  }
}

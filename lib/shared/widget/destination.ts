import { z } from "zod";
import { SIP_DESTINATION } from "@/lib/shared/sip-destination";

// The widget form's wording over the one destination grammar (lib/shared/sip-destination.ts): an extension, queue
// or ring-group number, or a SIP user part, never a host, URI parameter or dial string.
export const DESTINATION_PATTERN = SIP_DESTINATION;

export const ZDestination = z
  .string()
  .trim()
  .min(1, { message: "Enter the extension, queue or ring-group number, or SIP user to ring." })
  .max(32, { message: "At most 32 characters." })
  .regex(DESTINATION_PATTERN, { message: "Use only letters, digits and _ + * # - (for example 200 or sales-queue)." });

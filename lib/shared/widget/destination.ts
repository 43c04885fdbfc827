import { z } from "zod";

// An extension, queue or ring-group number, or a SIP user part. Deliberately narrow: no '@', ':', ';', '&' or
// spaces, so a destination can never smuggle a host, URI parameters or a dial-string ("500&SIP/trunk/0044…").
export const DESTINATION_PATTERN = /^[A-Za-z0-9_+*#-]{1,32}$/;

export const ZDestination = z
  .string()
  .trim()
  .min(1, { message: "Enter the extension, queue or ring-group number, or SIP user to ring." })
  .max(32, { message: "At most 32 characters." })
  .regex(DESTINATION_PATTERN, { message: "Use only letters, digits and _ + * # - (for example 200 or sales-queue)." });

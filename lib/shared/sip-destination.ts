import { z } from "zod";

// What a widget may dial: digits, letters for named extensions, and the usual dial-plan symbols. No "@", ";", ":",
// "." or spaces, so a destination can never become another URI, a URI parameter or an Asterisk dial string
// ("500&SIP/trunk/0044…"), and it survives unchanged inside the ephemeral SIP username (see sip-id.ts).
export const SIP_DESTINATION = /^[A-Za-z0-9_+*#-]{1,32}$/;

export const ZSipDestination = z
  .string()
  .trim()
  .regex(SIP_DESTINATION, { message: "Use 1-32 characters: digits, letters, + * # _ or -" });

import type { TVisitorAnswers } from "@/lib/shared/widget/visitor-checks";

// The one place calling plugs in. The call panel validates the pre-call form, then hands the answers to a dialer;
// until the calling engine exists there is none, and the panel shows the "not set up yet" state.
export type TDialState = "connecting" | "ringing" | "in-call" | "ended" | "error";
export type TDialer = (ctx: {
  publicId: string;
  answers: TVisitorAnswers;
  onState: (state: TDialState, detail?: string) => void;
}) => Promise<void> | void;

export const dialer: TDialer | null = null;

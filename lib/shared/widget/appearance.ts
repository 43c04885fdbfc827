import { z } from "zod";
import { ZHexColor, meetsContrast, contrastRatio } from "./colors";

export const BUTTON_ICONS = ["phone", "headset", "message"] as const;

export const ZAppearance = z
  .object({
    companyName: z.string().trim().max(80).default(""),
    // An https image the admin hosts; shown with alt text. Plain http would be mixed content on https sites.
    logoUrl: z
      .string()
      .trim()
      .max(500)
      .refine((v) => v === "" || /^https:\/\/[^\s"'<>]+$/.test(v), { message: "Use an https:// image URL, or leave it empty." })
      .default(""),
    icon: z.enum(BUTTON_ICONS).default("phone"),
    primaryColor: ZHexColor.default("#2553e0"),
    textColor: ZHexColor.default("#ffffff"),
    theme: z.enum(["light", "dark", "auto"]).default("auto"),
    position: z.enum(["bottom-right", "bottom-left"]).default("bottom-right"),
    mode: z.enum(["floating", "inline"]).default("floating"),
  })
  .superRefine((a, ctx) => {
    if (!meetsContrast(a.primaryColor, a.textColor)) {
      ctx.addIssue({
        code: "custom",
        path: ["textColor"],
        message: `Contrast is ${contrastRatio(a.primaryColor, a.textColor).toFixed(2)}:1; visitors need at least 4.5:1 to read the button. Pick a darker or lighter color.`,
      });
    }
  });
export type TAppearance = z.infer<typeof ZAppearance>;

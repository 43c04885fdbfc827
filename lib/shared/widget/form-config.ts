import { z } from "zod";

const ZFieldToggle = z.object({ enabled: z.boolean().default(false), required: z.boolean().default(false) });

// Which pre-call questions the visitor sees. Labels live in the per-language texts; topic choices and the consent
// text are the admin's own words.
export const ZFormConfig = z
  .object({
    name: ZFieldToggle.default({ enabled: false, required: false }),
    email: ZFieldToggle.default({ enabled: false, required: false }),
    phone: ZFieldToggle.default({ enabled: false, required: false }),
    topic: ZFieldToggle.extend({
      choices: z.array(z.string().trim().min(1, { message: "A choice cannot be empty." }).max(60)).max(12).default([]),
    }).default({ enabled: false, required: false, choices: [] }),
    consent: z
      .object({ enabled: z.boolean().default(false), text: z.string().trim().max(500).default("") })
      .default({ enabled: false, text: "" }),
  })
  .superRefine((f, ctx) => {
    if (f.topic.enabled && f.topic.choices.length < 2) {
      ctx.addIssue({ code: "custom", path: ["topic", "choices"], message: "Add at least two topics to choose from." });
    }
    if (f.consent.enabled && !f.consent.text) {
      ctx.addIssue({ code: "custom", path: ["consent", "text"], message: "Write what the visitor agrees to." });
    }
  });
export type TFormConfig = z.infer<typeof ZFormConfig>;

export const DEFAULT_FORM: TFormConfig = ZFormConfig.parse({});

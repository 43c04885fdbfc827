import { z } from "zod";

export const ZHexColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: "Use a 6-digit hex color such as #2553e0." })
  .transform((v) => v.toLowerCase());

// WCAG 2.x relative luminance of an sRGB color.
function luminance(hex: string) {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// AA for normal-size text: the button label is ~15px, so the large-text allowance (3:1) does not apply.
export const MIN_CONTRAST = 4.5;

export function meetsContrast(background: string, text: string) {
  return contrastRatio(background, text) >= MIN_CONTRAST;
}

import AxeBuilder from "@axe-core/playwright";
import { test, expect, addMember, createUser, testDb } from "./fixtures/auth";

// The shell and settings pages, desktop and phone: no serious or critical axe findings.
for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`settings pages have no serious accessibility violations at ${viewport.width}px`, async ({ page, owner }) => {
    await page.setViewportSize(viewport);
    const v = await createUser(testDb());
    await addMember(testDb(), owner.org.id, v.id, "VIEWER");
    for (const path of ["/settings", "/settings/members", "/settings/audit", "/calls", "/analytics"]) {
      await page.goto(`/o/${owner.org.slug}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), path).toEqual([]);
    }
  });
}

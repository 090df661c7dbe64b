import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newContext } from "./support/browser";
import { example, t } from "./support/journey";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const en = t("en");
const quiz = example("free-consumer-quiz");

async function create(): Promise<{ id: string; editToken: string }> {
  const res = await fetch(`${baseUrl()}/api/assessments`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(quiz) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; editToken: string };
}

const put = (id: string, token: string) =>
  fetch(`${baseUrl()}/api/assessments/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "If-Match": '"1"' },
    body: JSON.stringify(quiz),
  });

describe("edit links on a shared computer", () => {
  it("replaces the edit link from the owner tools, then forgets it on this computer", async () => {
    const a = await create();
    const { context, page } = await newContext(browser);
    try {
      await page.goto(`/en/assessments/${a.id}`);
      await page.evaluate(([i, tok]) => localStorage.setItem("vigie:edit-tokens:v1", JSON.stringify({ [i!]: tok })), [a.id, a.editToken]);
      await page.reload();
      // The edit link's tools are folded at the foot of the owner's panel.
      await page.locator("#owner-more").click();
      await page.getByRole("button", { name: en("LinkSafety.rotateButton") }).click();
      const dialog = page.getByRole("dialog", { name: en("LinkSafety.rotateTitleAssessment", { service: quiz.service.name }) });
      await dialog.getByRole("button", { name: en("LinkSafety.rotateConfirm") }).click();
      await page.getByRole("status").filter({ hasText: en("LinkSafety.rotated") }).waitFor();
      const newLink = await page.locator('input[data-link="rotated-edit"]').inputValue();
      const newToken = /#token=([A-Za-z0-9_-]+)$/.exec(newLink)?.[1];
      expect(newToken).toBeDefined();
      expect(newToken).not.toBe(a.editToken);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem("vigie:edit-tokens:v1") ?? "{}"))).toEqual({ [a.id]: newToken });
      expect((await put(a.id, a.editToken)).status).toBe(403);

      await page.getByRole("button", { name: en("ForgetHere.forgetAssessment") }).click();
      await page.getByRole("dialog", { name: en("ForgetHere.forgetAssessmentTitle", { service: quiz.service.name }) }).getByRole("button", { name: en("ForgetHere.confirm") }).click();
      await page.getByRole("status").filter({ hasText: en("ForgetHere.forgotten") }).waitFor();
      await page.getByRole("heading", { name: en("SavedAssessment.owner.readOnlyHeading") }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem("vigie:edit-tokens:v1"))).toBe("{}");
      // Nothing was deleted on the server: the new link still edits.
      expect((await put(a.id, newToken!)).status).toBe(200);
    } finally {
      await context.close();
    }
  });

  it("forgets everything from the start page, which offers it only when this browser holds something", async () => {
    const { context, page } = await newContext(browser);
    try {
      await page.goto("/en");
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.getByRole("button", { name: en("ForgetHere.forgetAll") }).count()).toBe(0);
      await page.evaluate(() => {
        localStorage.setItem("vigie:edit-tokens:v1", JSON.stringify({ AbCdEfGhIjKlMnOpQrStUv: "t".repeat(43) }));
        localStorage.setItem("vigie:assessment:v1", JSON.stringify({ service: { name: "Quiz" } }));
      });
      await page.reload();
      await page.getByRole("button", { name: en("ForgetHere.forgetAll") }).click();
      await page.getByRole("dialog", { name: en("ForgetHere.forgetAllTitle") }).getByRole("button", { name: en("ForgetHere.confirm") }).click();
      await page.waitForLoadState("load");
      await page.waitForFunction(() => localStorage.getItem("vigie:edit-tokens:v1") === null);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("vigie:")))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

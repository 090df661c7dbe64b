import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/lib/testing/pdf-tools";
import { POST } from "./route";

const example = readFileSync("examples/free-consumer-quiz.json", "utf8");
const token = "A".repeat(21) + "b_-".repeat(7) + "z";
const post = (query: string, link?: string) =>
  POST(
    new Request(`http://localhost/api/documents/vendor-letter?${query}`, {
      method: "POST",
      body: example,
      headers: link === undefined ? {} : { "Vigie-Vendor-Link": link },
    }),
    { params: Promise.resolve({ kind: "vendor-letter" }) },
  );

describe("the vendor letter with the link to answer online", () => {
  it("gives the link in Markdown and PDF when the owner's tools pass it, and only then", async () => {
    expect(token).toHaveLength(43);
    const link = `http://localhost/en/vendor#token=${token}`;
    // Markdown escapes its punctuation (no live link in a pasted text): read it as a Markdown reader shows it.
    const shown = (text: string) => text.replace(/\\(.)/g, "$1");
    const md = shown(await (await post("lang=en&format=md", link)).text());
    expect(md).toContain(`You can also answer online, question by question and with your sources, at: ${link}`);
    expect(await (await post("lang=en&format=md")).text()).not.toContain("answer online");
    const fr = await (await post("lang=fr&format=md", `http://localhost/fr/vendor#token=${token}`)).text();
    expect(fr).toContain("Vous pouvez aussi répondre en ligne");
    const pdf = Buffer.from(await (await post("lang=en&format=pdf", link)).arrayBuffer());
    const dir = mkdtempSync(join(tmpdir(), "vigie-letter-"));
    try {
      writeFileSync(join(dir, "letter.pdf"), pdf);
      const text = pdfText(join(dir, "letter.pdf"));
      expect(text).toContain("You can also answer online, question by question and with your sources, at:");
      expect(text.replace(/\s/g, "")).toContain(link);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a link that is not one of this site's vendor links, naming the header", async () => {
    for (const bad of [`https://evil.example/en/vendor#token=${token}`, `http://localhost/en/assessments/x#token=${token}`, `http://localhost/en/vendor#token=short`]) {
      const res = await post("lang=en&format=md", bad);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: "invalid_header", fields: [{ field: "Vigie-Vendor-Link" }] });
    }
  });
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runReportCli } from "./report-cli";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runReportCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "vigie-cli-doc-"));

describe("report CLI --document", () => {
  it("writes a document as PDF in the language asked", async () => {
    const output = join(dir, "letter.pdf");
    const r = await run("examples/free-consumer-quiz.json", "--document", "vendor-letter", "--lang", "en", "-o", output);
    expect(r.code).toBe(0);
    expect(execFileSync("pdftotext", ["-enc", "UTF-8", output, "-"]).toString()).toContain("Letter of questions to the vendor");
  });

  it("writes Markdown, CSV and JSON when asked", async () => {
    const md = join(dir, "notice.md");
    expect((await run("examples/gar-resource.json", "--document", "family-notice", "--format", "md", "-o", md)).code).toBe(0);
    expect(readFileSync(md, "utf8")).toContain("Les données sont stockées en France.");
    const json = join(dir, "entry.json");
    expect((await run("examples/gar-resource.json", "-d", "register-entry", "-f", "json", "--lang", "en", "-o", json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).kind).toBe("register-entry");
  });

  it("writes the decision to sign, blank when none is recorded", async () => {
    const md = join(dir, "decision.md");
    expect((await run("examples/gar-resource.json", "--document", "decision", "--format", "md", "--lang", "en", "-o", md)).code).toBe(0);
    const text = readFileSync(md, "utf8");
    expect(text).toContain("# Decision on the use of");
    expect(text).toContain("Use authorised / authorised with conditions / refused");
  });

  it("writes the bilingual report with --lang fr-en", async () => {
    const output = join(dir, "bilingual.pdf");
    expect((await run("examples/gar-resource.json", "--lang", "fr-en", "-o", output)).code).toBe(0);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", output, "-"]).toString();
    expect(text).toContain("Conditions et plan d’action");
    expect(text).toContain("Conditions and action plan");
  });

  it("exits 2 on an unknown document or a format it does not come in", async () => {
    const bad = await run("examples/gar-resource.json", "--document", "letter", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("vendor-letter");
    expect((await run("examples/gar-resource.json", "--document", "vendor-letter", "--format", "csv")).code).toBe(2);
    expect((await run("examples/gar-resource.json", "--document", "dpia", "--lang", "fr-en")).code).toBe(2);
    expect((await run("examples/gar-resource.json", "--format", "md")).code).toBe(2);
  });
});

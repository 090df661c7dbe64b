import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

const dir = mkdtempSync(join(tmpdir(), "vigie-cli-"));

describe("report CLI", () => {
  it("prints the verdict as JSON", async () => {
    const r = await run("examples/gar-resource.json", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ verdict: "acceptable", dpia: { required: false } });
  });

  it("writes the PDF report in the language asked", async () => {
    const output = join(dir, "report.pdf");
    const r = await run("examples/free-consumer-quiz.json", "--lang", "en", "-o", output);
    expect(r.code).toBe(0);
    expect(r.out).toContain(output);
    expect(readFileSync(output).subarray(0, 5).toString()).toBe("%PDF-");
    expect(execFileSync("pdftotext", ["-enc", "UTF-8", output, "-"]).toString()).toContain("Not recommended");
  });

  it("writes the summary part alone with --part summary, and exits 2 on another part", async () => {
    const output = join(dir, "summary.pdf");
    const r = await run("examples/gar-resource.json", "--lang", "en", "--part", "summary", "-o", output);
    expect(r.code).toBe(0);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", output, "-"]).toString();
    expect(text).toContain("First actions");
    expect(text).not.toContain("Annex: all the answers");
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [output]).toString())?.[1])).toBeLessThanOrEqual(3);
    const bad = await run("examples/gar-resource.json", "--part", "abstract");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("abstract");
  });

  it("exits 1 naming the file when it is missing or not JSON", async () => {
    const missing = await run("nope.json");
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toContain("nope.json");
    const notJson = join(dir, "bad.json");
    writeFileSync(notJson, "{oops");
    const bad = await run(notJson, "--lang", "en");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not a valid JSON file/);
  });

  it("exits 1 and lists each bad field", async () => {
    const file = join(dir, "invalid.json");
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, service: { name: "X" }, answers: { "COM-01": "perhaps", "FOO-01": "yes" } }));
    const r = await run(file, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("answers.COM-01");
    expect(r.err).toContain("answers.FOO-01");
  });

  it("exits 2 on a bad command line", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("examples/gar-resource.json", "--lang", "de")).code).toBe(2);
    expect((await run("examples/gar-resource.json", "--colour")).code).toBe(2);
    expect((await run("--help")).code).toBe(0);
  });
});

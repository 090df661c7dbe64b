import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { cruise, type ICruiseResult, type IConfiguration } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

/** The import rules of `npm run check:imports`, read from the project's own configuration. */
const config = createRequire(import.meta.url)("../.dependency-cruiser.cjs") as IConfiguration;

const root = mkdtempSync(join(tmpdir(), "vigie-imports-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Cruises a small tree of files (path → source) with the project's rules; returns "rule: from → to" lines. */
async function violationsOf(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(root, "tree-"));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  const { tsConfig: _ignored, ...options } = config.options ?? {};
  const result = await cruise(Object.keys(files), { ...options, validate: true, ruleSet: { forbidden: config.forbidden }, baseDir: dir });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe("the import rules between layers", () => {
  it("accept imports that flow domain ← i18n ← render ← server, and the browser reading the domain", async () => {
    expect(
      await violationsOf({
        "lib/domain/engine/score.ts": "export const score = 1;\n",
        "lib/i18n/format.ts": 'import { score } from "../domain/engine/score";\nexport const f = score;\n',
        "lib/render/report/page.ts": 'import { f } from "../../i18n/format";\nexport const p = f;\n',
        "lib/server/http/route.ts": 'import { p } from "../../render/report/page";\nexport const r = p;\n',
        "lib/browser/local.ts": 'import { score } from "../domain/engine/score";\nexport const l = score;\n',
        "components/view.tsx": 'import { l } from "../lib/browser/local";\nexport const v = l;\n',
      }),
    ).toEqual([]);
  });

  it("fail on a wrong import and name the rule it breaks", async () => {
    const found = await violationsOf({
      "lib/domain/engine/score.ts": 'import { db } from "../../server/db/client";\nexport const score = db;\n',
      "lib/server/db/client.ts": "export const db = 1;\n",
      "components/view.tsx": 'import { pdf } from "../lib/render/kit/pdf";\nexport const v = pdf;\n',
      "lib/render/kit/pdf.ts": "export const pdf = 1;\n",
      "lib/browser/local.ts": 'import { db } from "../server/db/client";\nexport const l = db;\n',
      "lib/domain/dates.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
      "lib/render/report/a.ts": 'import { b } from "./b";\nexport const a = 1 + b;\n',
      "lib/render/report/b.ts": 'import { a } from "./a";\nexport const b = a;\n',
    });
    expect(found).toEqual(
      expect.arrayContaining([
        "domain-is-pure: lib/domain/engine/score.ts → lib/server/db/client.ts",
        "components-never-import-server-or-render: components/view.tsx → lib/render/kit/pdf.ts",
        "browser-reads-domain-and-i18n: lib/browser/local.ts → lib/server/db/client.ts",
        "no-circular: lib/render/report/a.ts → lib/render/report/b.ts",
        "domain-has-no-framework: lib/domain/dates.ts → fs",
      ]),
    );
  });
});

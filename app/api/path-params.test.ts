import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PATH_PARAMS } from "@/lib/server/http/path-params";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";

useApiTestDb();

const API = path.join(import.meta.dirname);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api, with the names of its dynamic segments. */
function routes(dir = API): { file: string; url: string[]; segments: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routes(full);
    if (e.name !== "route.ts") return [];
    const url = path.relative(API, dir).split(path.sep).filter(Boolean);
    return [{ file: full, url, segments: url.filter((s) => s.startsWith("[")).map((s) => s.slice(1, -1)) }];
  });
}

const ROUTES = routes();

describe("every path parameter of the API", () => {
  const refs = { assessment: { id: "", token: "" }, register: { id: "", token: "" } };

  beforeAll(async () => {
    const { POST: createAssessment } = await import("./assessments/route");
    const { POST: createRegister } = await import("./registers/route");
    const { POST: addEntry } = await import("./registers/[id]/entries/route");
    const a = await (await createAssessment(jsonRequest("/api/assessments", "POST", anAnswersDocument().withSafeAnswers().build()))).json();
    refs.assessment = { id: a.id, token: a.editToken };
    const r = await (await createRegister(jsonRequest("/api/registers", "POST", { name: "Paths" }))).json();
    refs.register = { id: r.id, token: r.editToken };
    await addEntry(jsonRequest("/x", "POST", { assessmentId: a.id }, editHeaders(r.editToken)), params({ id: r.id }));
  }, 60_000);

  it("has a check for each dynamic segment under app/api", () => {
    const names = new Set(ROUTES.flatMap((r) => r.segments));
    expect(names.size).toBeGreaterThan(3);
    for (const name of names) expect(Object.keys(PATH_PARAMS), `app/api segment [${name}]`).toContain(name);
  });

  it("answers a NUL (or a malformed id) in any path parameter with a 400 or 404 naming it, never a 5xx", async () => {
    let sent = 0;
    for (const route of ROUTES.filter((r) => r.segments.length > 0)) {
      const mod = (await import(route.file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
      const onRegister = route.url[0] === "registers";
      const valid: Record<string, string> = {
        id: onRegister ? refs.register.id : refs.assessment.id,
        assessmentId: refs.assessment.id,
        publicId: refs.assessment.id,
        round: "1",
        kind: "vendor-letter",
      };
      const token = onRegister ? refs.register.token : refs.assessment.token;
      for (const method of METHODS.filter((m) => typeof mod[m] === "function")) {
        for (const name of route.segments) {
          for (const bad of ["\u0000", `${valid[name]}\u0000`, "%00"]) {
            const p = Object.fromEntries(route.segments.map((s) => [s, s === name ? bad : (valid[s] ?? "")]));
            const url = `/api/${route.url.map((s) => (s.startsWith("[") ? encodeURIComponent(p[s.slice(1, -1)] ?? "") : s)).join("/")}`;
            const body = ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined;
            const res = await mod[method]!(jsonRequest(url, method, body, editHeaders(token, 1)), params(p));
            const label = `${method} ${route.url.join("/")} with ${JSON.stringify(bad)} as ${name}`;
            expect([400, 404], label).toContain(res.status);
            const json = await res.json();
            expect(json.fields.map((f: { field: string }) => f.field), label).toContain(name);
            sent++;
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(40);
  }, 120_000);
});

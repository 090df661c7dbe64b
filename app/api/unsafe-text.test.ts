import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_PLAN_KEYS } from "@/lib/domain/schema";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { HOSTILE_TEXTS } from "@/lib/testing/fuzz-arbitraries";
import * as item from "./assessments/[id]/route";
import * as importRoute from "./assessments/import/route";
import * as create from "./assessments/route";
import * as catalogue from "./catalogue/route";
import * as documents from "./documents/[kind]/route";
import * as evaluate from "./evaluate/route";
import * as register from "./registers/[id]/route";
import * as registers from "./registers/route";
import * as report from "./report/route";

useApiTestDb();

const VALID = anAnswersDocument().withSafeAnswers().build();
const OWNER_KEY = ACTION_PLAN_KEYS[0]!;

/** The valid document with `text` in one of its free texts, named by its path. */
function withText(path: string, text: string): Record<string, unknown> {
  const doc = structuredClone(VALID) as unknown as Record<string, Record<string, unknown>>;
  if (path === "service.name") doc.service!.name = `Quiz${text}`;
  else if (path === "service.vendor") doc.service!.vendor = `Éditeur${text}`;
  else if (path === "service.url") doc.service!.url = `https://quiz.example/${text}`;
  else if (path === "school.name") doc.school = { name: `Collège${text}` };
  else if (path === "assessor.name") doc.assessor = { name: `Camille${text}` };
  else if (path === "assessor.role") doc.assessor = { role: `DPO${text}` };
  else doc.actionPlan = { [OWNER_KEY]: { owner: `Direction${text}` } };
  return doc;
}
const FIELDS = ["service.name", "service.vendor", "service.url", "school.name", "assessor.name", "assessor.role", `actionPlan.${OWNER_KEY}.owner`];

/** A 400 whose fields name `field` with the code `unsafe_text`. */
async function expectUnsafe(res: Response, field: string, label: string) {
  expect(res.status, label).toBe(400);
  const body = await res.json();
  expect(body.fields, label).toContainEqual(expect.objectContaining({ field, code: "unsafe_text", message: expect.stringContaining(field) }));
}

describe("control characters, lone surrogates and bidi overrides in saved texts", () => {
  const ref = { id: "", token: "", version: 0, register: "", registerToken: "" };
  beforeAll(async () => {
    const a = await (await create.POST(jsonRequest("/api/assessments", "POST", VALID))).json();
    const r = await (await registers.POST(jsonRequest("/api/registers", "POST", { name: "Registre" }))).json();
    Object.assign(ref, { id: a.id, token: a.editToken, version: a.version, register: r.id, registerToken: r.editToken });
  }, 60_000);

  const ROUTES: Record<string, (body: unknown) => Promise<Response>> = {
    create: (body) => create.POST(jsonRequest("/api/assessments", "POST", body)),
    put: (body) => item.PUT(jsonRequest(`/api/assessments/${ref.id}`, "PUT", body, editHeaders(ref.token, ref.version)), params({ id: ref.id })),
    import: (body) => importRoute.POST(jsonRequest("/api/assessments/import", "POST", body)),
    "import?mode=validate": (body) => importRoute.POST(jsonRequest("/api/assessments/import?mode=validate", "POST", body)),
    evaluate: (body) => evaluate.POST(jsonRequest("/api/evaluate", "POST", body)),
    report: (body) => report.POST(jsonRequest("/api/report?lang=fr", "POST", body)),
    document: (body) => documents.POST(jsonRequest("/api/documents/vendor-letter?format=md", "POST", body), params({ kind: "vendor-letter" })),
  };

  for (const [route, send] of Object.entries(ROUTES)) {
    it(`${route}: a 400 naming the field, never a 500`, async () => {
      for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
        for (const field of FIELDS) await expectUnsafe(await send(withText(field, text)), field, `${route} ${field} ${name}`);
      }
    });
  }

  it("register create and rename: a 400 naming the field", async () => {
    for (const [name, text] of Object.entries(HOSTILE_TEXTS)) {
      await expectUnsafe(await registers.POST(jsonRequest("/api/registers", "POST", { name: `Lycée${text}` })), "name", `create ${name}`);
      const rename = jsonRequest(`/api/registers/${ref.register}`, "PATCH", { name: `Lycée${text}` }, editHeaders(ref.registerToken));
      await expectUnsafe(await register.PATCH(rename, params({ id: ref.register })), "name", `rename ${name}`);
    }
  });

  it("catalogue search: a 400 naming q", async () => {
    // A lone surrogate cannot be written in a URL (its UTF-8 bytes decode to U+FFFD).
    for (const [name, text] of Object.entries(HOSTILE_TEXTS).filter(([, t]) => !/\p{Cs}/u.test(t))) {
      await expectUnsafe(await catalogue.GET(jsonRequest(`/api/catalogue?q=${encodeURIComponent(`a${text}`)}`, "GET")), "q", name);
    }
  });

  it("still takes tabs and ordinary accents, joined emoji and right-to-left text", async () => {
    for (const text of ["Lycée d’Arsonval", "Quiz 🧑‍🏫", "مدرسة", "Nom\u00A0insécable"]) {
      const res = await create.POST(jsonRequest("/api/assessments", "POST", withText("school.name", text)));
      expect(res.status, text).toBe(201);
    }
  });

  it("a single-line text takes no NUL (even between spaces), no line break and no tab", async () => {
    for (const text of ["  \u0000  ", "a\nb", "a\rb", "a\tb"]) {
      await expectUnsafe(await create.POST(jsonRequest("/api/assessments", "POST", withText("service.vendor", text))), "service.vendor", JSON.stringify(text));
    }
  });
});

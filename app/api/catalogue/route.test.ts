import { describe, expect, it } from "vitest";
import { anAnswersDocument } from "@/lib/testing/answers-document-builder";
import { editHeaders, jsonRequest, params } from "@/lib/testing/api-client";
import { startingPointOf } from "@/lib/domain/assessment/start-from";
import { useApiTestDb } from "@/lib/testing/api-test-db";
import { DELETE as unpublish, PUT as publish } from "../assessments/[id]/publication/route";
import { GET as getAssessment, PUT as putAssessment } from "../assessments/[id]/route";
import { POST as createAssessment } from "../assessments/route";
import { POST as copy } from "./[publicId]/copy/route";
import { GET as getPublic } from "./[publicId]/route";
import { GET } from "./route";

useApiTestDb();

async function assessment(name: string) {
  const doc = anAnswersDocument()
    .withService({ name, vendor: "Éditions Hâtives" })
    .withSchool({ name: "Collège Jean-Moulin", uai: "0691234X" })
    .withAssessor({ name: "Mme Lefèvre", role: "Principale" })
    .withSafeAnswers()
    .with("COM-05", "yes")
    .build();
  return { doc, ...((await (await createAssessment(jsonRequest("/api/assessments", "POST", doc))).json()) as { id: string; editToken: string }) };
}
const publishIt = (a: { id: string; editToken: string }, body: unknown, token = a.editToken) =>
  publish(jsonRequest("/x", "PUT", body, editHeaders(token)), params({ id: a.id }));
const search = async (q: string) => (await (await GET(jsonRequest(`/api/catalogue?q=${encodeURIComponent(q)}`, "GET"))).json()).items as { publicId: string; serviceName: string; schoolName: string | null }[];

describe("publish and reuse", () => {
  it("publishes only with the edit token, under a public id that is not the read link", async () => {
    const a = await assessment("Quiz Éclair");
    expect((await publish(jsonRequest("/x", "PUT", {}), params({ id: a.id }))).status).toBe(401);
    expect((await publishIt(a, {}, (await assessment("Autre")).editToken)).status).toBe(403);
    expect((await publishIt(a, { showSchool: "yes" })).status).toBe(400);
    const res = await publishIt(a, {});
    expect(res.status).toBe(200);
    const info = await res.json();
    expect(info.publicId).not.toBe(a.id);
    expect(info).toMatchObject({ showSchool: false, round: 1 });
    expect(info.publicUrl).toBe(`http://localhost/fr/catalogue/${info.publicId}`);
    expect((await (await getAssessment(jsonRequest("/x", "GET"), params({ id: a.id }))).json()).publication.publicId).toBe(info.publicId);
  });

  it("never shows the assessor, and the school only when the owner opts in", async () => {
    const a = await assessment("Pad Collaboratif");
    const { publicId } = await (await publishIt(a, { showSchool: false })).json();
    const hidden = await (await getPublic(jsonRequest("/x", "GET"), params({ publicId }))).json();
    expect(hidden.document).not.toHaveProperty("school");
    expect(hidden.document).not.toHaveProperty("assessor");
    expect(JSON.stringify(hidden)).not.toContain(a.id);
    expect(hidden).toMatchObject({ serviceName: "Pad Collaboratif", verdict: "conditions", schoolName: null });
    const again = await (await publishIt(a, { showSchool: true })).json();
    expect(again.publicId).toBe(publicId);
    const shown = await (await getPublic(jsonRequest("/x", "GET"), params({ publicId }))).json();
    expect(shown.document.school).toEqual({ name: "Collège Jean-Moulin", uai: "0691234X" });
    expect(shown.document).not.toHaveProperty("assessor");
  });

  it("is searchable by service or vendor name, accents and case ignored", async () => {
    const a = await assessment("Classe Numérique Étoile");
    await publishIt(a, {});
    await assessment("Classe Numérique Privée");
    expect((await search("numerique etoile")).map((i) => i.serviceName)).toEqual(["Classe Numérique Étoile"]);
    expect((await search("NUMÉRIQUE")).map((i) => i.serviceName)).toEqual(["Classe Numérique Étoile"]);
    expect((await search("hatives")).length).toBeGreaterThan(0);
    expect(await search("100%_zzz")).toEqual([]);
    expect((await GET(jsonRequest("/api/catalogue?limit=1000", "GET"))).status).toBe(400);
  });

  it("starts a new assessment from a published one, with a note of its origin", async () => {
    const a = await assessment("Frise Chrono");
    const { publicId } = await (await publishIt(a, { showSchool: true })).json();
    const res = await copy(jsonRequest("/x", "POST"), params({ publicId }));
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.id).not.toBe(a.id);
    expect(created.origin).toMatchObject({ publicId, serviceName: "Frise Chrono", schoolName: "Collège Jean-Moulin" });
    const copyView = await (await getAssessment(jsonRequest("/x", "GET"), params({ id: created.id }))).json();
    expect(copyView.origin).toEqual(created.origin);
    expect(copyView.document).toEqual(startingPointOf(a.doc).document);
    expect(Object.keys(copyView.document.answers).sort()).toEqual([...startingPointOf(a.doc).kept].sort());
    const edited = await putAssessment(
      // The new school gives its own answers (here the same as the first school) and the vendor fixed COM-05.
      jsonRequest("/x", "PUT", { ...copyView.document, answers: { ...a.doc.answers, ...copyView.document.answers, "COM-05": "no" } }, editHeaders(created.editToken, 1)),
      params({ id: created.id }),
    );
    expect((await edited.json()).verdict).toBe("acceptable");
    expect((await copy(jsonRequest("/x", "POST"), params({ publicId: "AAAAAAAAAAAAAAAAAAAAAA" }))).status).toBe(404);
  });

  it("shows the sources of the answers without who checked them, counts the vendor's, and a copy keeps those of the vendor's answers", async () => {
    const doc = anAnswersDocument()
      .withService({ name: "Cahier Sourcé" })
      .withSafeAnswers()
      .withEvidence("COM-01", { quote: "Art. 4", by: "Mme Lefèvre" })
      .withEvidence("COM-06", { kind: "observation", source: "Réglage de la console", by: "M. Diallo" })
      .build();
    const a = (await (await createAssessment(jsonRequest("/api/assessments", "POST", doc))).json()) as { id: string; editToken: string };
    const { publicId } = await (await publishIt(a, {})).json();
    const shown = await (await getPublic(jsonRequest("/x", "GET"), params({ publicId }))).json();
    expect(shown.document.evidence).toEqual({
      "COM-01": [{ kind: "document", source: "https://vendor.example/dpa.pdf#COM-01", quote: "Art. 4", date: "2026-11-30" }],
      "COM-06": [{ kind: "observation", source: "Réglage de la console", date: "2026-11-30" }],
    });
    expect(JSON.stringify(shown)).not.toMatch(/Lefèvre|Diallo/);
    const item = (await search("cahier source"))[0] as unknown as { vendorSourcing: { answered: number; sourced: number } };
    expect(item.vendorSourcing.sourced).toBe(1);
    expect(item.vendorSourcing.answered).toBeGreaterThan(1);
    const created = await (await copy(jsonRequest("/x", "POST"), params({ publicId }))).json();
    const copied = await (await getAssessment(jsonRequest("/x", "GET"), params({ id: created.id }))).json();
    // COM-01 is the vendor's: its answer and its source go with the copy; COM-06 is the school's: neither does.
    expect(copied.document.answers["COM-01"]).toBe("yes");
    expect(copied.document.evidence).toEqual({ "COM-01": shown.document.evidence["COM-01"] });
  });

  it("withdraws a publication", async () => {
    const a = await assessment("Retiré");
    const { publicId } = await (await publishIt(a, {})).json();
    expect((await unpublish(jsonRequest("/x", "DELETE", undefined, editHeaders(a.editToken)), params({ id: a.id }))).status).toBe(204);
    expect((await getPublic(jsonRequest("/x", "GET"), params({ publicId }))).status).toBe(404);
    expect(await search("Retiré")).toEqual([]);
  });
});

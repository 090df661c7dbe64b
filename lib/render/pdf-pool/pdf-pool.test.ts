import { describe, expect, it } from "vitest";
import { loadExample } from "@/lib/testing/examples";
import { buildDocument } from "../documents/build";
import { type TDocumentViewModel } from "../documents/types";
import { DOCUMENT_KINDS } from "@/lib/domain/documents";
import { buildRegisterSummary } from "../service-register/summary";
import { aRegisterEntry } from "@/lib/testing/register-entry-builder";
import { configuredPoolSize, renderReportPdfPooled } from "./pdf-pool";
import { ZAnswersDocumentSchema } from "@/lib/domain/schema";
import { renderTask } from "./render-task";
import { WARM_UP_TASK } from "./warm-up";
import { RenderCancelledError } from "../kit/cancellation";

describe("PDF worker pool", () => {
  it("is sized by VIGIE_PDF_WORKERS, one worker per core in production, off elsewhere", () => {
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "3" })).toBe(3);
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "0", NODE_ENV: "production" })).toBe(0);
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "-1" })).toBe(0);
    expect(configuredPoolSize({ VIGIE_PDF_WORKERS: "two" })).toBe(0);
    expect(configuredPoolSize({ NODE_ENV: "production" })).toBeGreaterThan(0);
    expect(configuredPoolSize({ NODE_ENV: "production", VITEST: "true" })).toBe(0);
    expect(configuredPoolSize({ NODE_ENV: "development" })).toBe(0);
  });

  it("renders in-process under Vitest", async () => {
    const pdf = await renderReportPdfPooled(loadExample("gar-resource"), "en", { now: new Date("2026-11-24T12:00:00Z") });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("sends documents to workers as plain data: every view-model survives a structured clone and renders from the copy", async () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const vms: TDocumentViewModel[] = [
      ...DOCUMENT_KINDS.map((kind) => buildDocument(loadExample("free-consumer-quiz"), kind, "fr", { now })),
      buildRegisterSummary({ register: { name: "Collège", createdAt: now.toISOString(), entries: [aRegisterEntry({ reviewDue: true })] }, filters: { sort: "added" }, locale: "en", now }),
    ];
    expect(vms.map((vm) => vm.kind)).toEqual([...DOCUMENT_KINDS, "register-summary"]);
    for (const vm of vms) expect(structuredClone(vm), vm.kind).toEqual(vm);
    const pdf = await renderTask({ kind: "document", vm: structuredClone(vms.at(-1)!) });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("stops a render at the page where it is told its client left, and renders whole when it is not", async () => {
    const task = { kind: "report", doc: loadExample("free-consumer-quiz"), locale: "fr", options: { now: new Date("2026-11-24T12:00:00Z") } } as const;
    let asked = 0;
    const stopped = await renderTask(task, () => ++asked >= 3).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(RenderCancelledError);
    // Asked once before the render, then once a page: it stopped at the second page.
    expect(asked).toBe(3);
    expect(await renderTask(task, () => true).catch((e: unknown) => e)).toBeInstanceOf(RenderCancelledError);
    let pages = 0;
    const whole = await renderTask(task, () => (pages++, false));
    expect(whole.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pages).toBeGreaterThan(10);
  });

  it("stops only the render whose client left when two renders overlap in one thread", async () => {
    const task = { kind: "report", doc: loadExample("gar-resource"), locale: "en", options: { now: new Date("2026-11-24T12:00:00Z") } } as const;
    let gone = false;
    let askedOther = 0;
    const left = renderTask(task, () => gone).catch((e: unknown) => e);
    const stays = renderTask(task, () => (askedOther++, false));
    gone = true;
    expect(await left).toBeInstanceOf(RenderCancelledError);
    expect((await stays).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(askedOther).toBeGreaterThan(3);
  });

  it("warms a new worker up with a valid answers document, with no answer, whose report renders", async () => {
    if (WARM_UP_TASK.kind !== "report") throw new Error("the warm-up is a report");
    expect(ZAnswersDocumentSchema.safeParse(WARM_UP_TASK.doc).success).toBe(true);
    expect(Object.keys(WARM_UP_TASK.doc.answers)).toEqual([]);
    const pdf = await renderTask(structuredClone(WARM_UP_TASK));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

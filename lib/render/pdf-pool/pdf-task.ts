import type { TDocumentViewModel } from "../documents/types";
import type { TLocale } from "@/lib/i18n/locales";
import type { TReportPart } from "@/lib/domain/report-parts";
import type { TAnswersDocument } from "@/lib/domain/schema";

/** What a PDF worker renders: plain data only (it crosses a thread with structured clone). */
export type TPdfTask =
  | { kind: "report"; doc: TAnswersDocument; locale: TLocale; options: { now?: Date }; part?: TReportPart }
  | { kind: "bilingual"; doc: TAnswersDocument; options: { now?: Date }; part?: TReportPart }
  /** A document already built (letter, notice, register summary...): its view-model is plain data. */
  | { kind: "document"; vm: TDocumentViewModel };

/**
 * What the pool sends a worker: the task, and a one-slot flag on a SharedArrayBuffer (shared, not
 * copied) that the pool sets to 1 when the task's client leaves; the render then stops at its next
 * page (lib/render/kit/cancellation.ts).
 */
export type TPdfWorkerTask = TPdfTask & { cancelled?: Int32Array };

/**
 * A worker's answer: the PDF, or the render's own error (a worker that dies instead rejects the
 * task in piscina, and the pool redoes it in-process).
 */
export type TPdfTaskResult = { pdf: Uint8Array } | { message: string };

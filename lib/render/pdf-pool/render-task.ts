import { renderBilingualReportPdf, renderDocumentViewModelPdf } from "../documents/render";
import { renderReportPdf } from "../report/render";
import type { TPdfTask } from "./pdf-task";

const RENDERERS: { [K in TPdfTask["kind"]]: (task: Extract<TPdfTask, { kind: K }>) => Promise<Buffer> } = {
  report: (task) => renderReportPdf(task.doc, task.locale, task.options, task.part),
  bilingual: (task) => renderBilingualReportPdf(task.doc, task.options, task.part),
  document: (task) => renderDocumentViewModelPdf(task.vm),
};

/** Renders one task, in whichever thread calls it (a pool worker, or the server when there is none). */
export const renderTask = (task: TPdfTask): Promise<Buffer> => (RENDERERS[task.kind] as (t: TPdfTask) => Promise<Buffer>)(task);

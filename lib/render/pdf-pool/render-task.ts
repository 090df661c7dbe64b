import { renderBilingualReportPdf, renderDocumentViewModelPdf } from "../documents/render";
import { renderReportPdf } from "../report/render";
import { withCancellation } from "../kit/cancellation";
import type { TPdfTask } from "./pdf-task";

const RENDERERS: { [K in TPdfTask["kind"]]: (task: Extract<TPdfTask, { kind: K }>) => Promise<Buffer> } = {
  report: (task) => renderReportPdf(task.doc, task.locale, task.options, task.part),
  bilingual: (task) => renderBilingualReportPdf(task.doc, task.options, task.part),
  document: (task) => renderDocumentViewModelPdf(task.vm),
};

/**
 * Renders one task, in whichever thread calls it (a pool worker, or the server when there is none);
 * `cancelled`, asked at each page, stops it with RenderCancelledError.
 */
export const renderTask = (task: TPdfTask, cancelled?: () => boolean): Promise<Buffer> =>
  withCancellation(cancelled, () => (RENDERERS[task.kind] as (t: TPdfTask) => Promise<Buffer>)(task));

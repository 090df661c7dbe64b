import { exportFileName } from "../file-name";

/** A file name for the report: `vigie-<service>-<lang>.pdf`, ASCII only, short. */
export const reportFilename = (serviceName: string, lang: string): string => exportFileName(serviceName, lang, "pdf");

/** The report's summary alone: `vigie-<service>-summary-<lang>.pdf`. */
export const summaryFilename = (serviceName: string, lang: string): string => exportFileName(serviceName, `summary-${lang}`, "pdf");

/** A file name for a document: `vigie-<service>-<kind>-<lang>.<format>`, e.g. `vigie-quizeclair-vendor-letter-en.md`. */
export const documentFilename = (serviceName: string, kind: string, lang: string, format: string): string =>
  exportFileName(serviceName, `${kind}-${lang}`, format);

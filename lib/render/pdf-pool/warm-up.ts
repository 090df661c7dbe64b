import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { SCHEMA_VERSION } from "@/lib/domain/schema/document-shape";
import type { TPdfTask } from "./pdf-task";

/**
 * What a new PDF worker renders before it takes work: a report on a service with no answer, so every
 * question asked is an unknown finding and every part of the report is drawn. It loads the fonts and
 * compiles the layout code: the first report after a restart took ~2.4 s, now ~0.8 s (warm: ~0.6 s).
 */
export const WARM_UP_TASK: TPdfTask = {
  kind: "report",
  doc: { schemaVersion: SCHEMA_VERSION, service: { name: "Vigie" }, answers: {} },
  locale: DEFAULT_LOCALE,
  options: {},
};

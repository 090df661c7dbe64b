import { exportFileName } from "../links/file-name";

/** A file name for the report: `vigie-<service>-<lang>.pdf`, ASCII only, short. */
export const reportFilename = (serviceName: string, lang: string): string => exportFileName(serviceName, lang, "pdf");

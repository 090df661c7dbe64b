export { DOCUMENT_MIGRATIONS, migrateRaw } from "./migrations";
export { importDocument, upgradeDocument, IMPORTABLE_VERSIONS, type TImportError, type TImportResult } from "./import-document";

import { getTranslations } from "next-intl/server";

/** Shown instead of a saved page when the database cannot be opened (a 503 for the API). */
export async function StorageUnavailable() {
  const t = await getTranslations("SavedAssessment");
  return (
    <main id="main" tabIndex={-1} className="main">
      <h1>{t("unavailableTitle")}</h1>
      <p>{t("unavailable")}</p>
    </main>
  );
}

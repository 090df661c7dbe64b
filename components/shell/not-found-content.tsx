import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** "Page not found", in the request's language, with a link home. */
export async function NotFoundContent() {
  const t = await getTranslations("NotFound");
  return (
    <main id="main" tabIndex={-1} className="main">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}

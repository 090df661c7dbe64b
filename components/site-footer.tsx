import { getTranslations } from "next-intl/server";
import { CATALOGUE_VERSION } from "@/lib/catalogue";

/** Where the answers live, what Vigie is not, and the rules version. */
export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("footerPrivacy")}</p>
        <p>{t("footerMethod")}</p>
        <p className="site-footer__version">{t("catalogueVersion", { version: CATALOGUE_VERSION })}</p>
      </div>
    </footer>
  );
}

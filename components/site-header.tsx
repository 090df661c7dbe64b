import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

/** App name (home link), what it is for, the public catalogue and registers, and the language switch. */
export async function SiteHeader() {
  const [tMeta, t] = await Promise.all([getTranslations("Metadata"), getTranslations("Layout")]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="brand">
          <Link href="/" className="brand__name">
            {tMeta("title")}
          </Link>
          <span className="brand__tagline">{t("tagline")}</span>
        </p>
        <nav aria-label={t("navLabel")} className="site-nav">
          <ul>
            <li>
              <Link href="/catalogue">{t("navCatalogue")}</Link>
            </li>
            <li>
              <Link href="/registers/new">{t("navRegister")}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}

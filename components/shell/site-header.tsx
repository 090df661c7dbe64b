import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import styles from "./site-header.module.css";

/**
 * App name (home link), what it is for, the public catalogue and registers, and the language switch.
 * On a phone it stays compact (name and languages on one line, the links below, the tagline read
 * by screen readers only), so the first question shows in the first screen.
 */
export async function SiteHeader() {
  const [tMeta, t] = await Promise.all([getTranslations("Metadata"), getTranslations("Layout")]);
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <p className={styles.brand}>
          <Link href="/" className={styles.name}>
            {tMeta("title")}
          </Link>
          <span className={styles.tagline}>{t("tagline")}</span>
        </p>
        <nav aria-label={t("navLabel")} className={styles.nav}>
          <ul>
            <li>
              <Link href="/catalogue">{t("navCatalogue")}</Link>
            </li>
            <li>
              <Link href="/registers/new">{t("navRegister")}</Link>
            </li>
          </ul>
        </nav>
        <div className={styles.languages}>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

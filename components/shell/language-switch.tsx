"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { LOCALES } from "@/lib/i18n/locales";
import "../ui/arrival-focus";
import styles from "./language-switch.module.css";

/**
 * Links to the same page in each language. Answers are written to localStorage synchronously on
 * every change, so nothing is pending when the page switches; the new page reads them back. The
 * address's fragment goes along: a link's token (`#token=…`, `#edit=…`) lives there.
 */
export function LanguageSwitch() {
  const t = useTranslations("LanguageSwitch");
  const locale = useLocale();
  const pathname = usePathname();
  const [hash, setHash] = useState("");
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return (
    <nav className={styles.switch} aria-label={t("label")}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span className={styles.current} aria-current="true" lang={l}>
                {t(l)}
              </span>
            ) : (
              <Link href={`${pathname}${hash}`} locale={l} lang={l} hrefLang={l}>
                {t(l)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import styles from "./language-choice.module.css";

/** Radio buttons to choose the language of a download, whatever the screen's language. */
export function LanguageChoice({ name, legend, value, onChange }: { name: string; legend: string; value: TLocale; onChange: (l: TLocale) => void }) {
  const tLang = useTranslations("LanguageSwitch");
  return (
    <fieldset className={styles.choice}>
      <legend>{legend}</legend>
      {LOCALES.map((l) => (
        <div key={l} className="option option--inline">
          <input id={`${name}-${l}`} type="radio" name={name} value={l} checked={value === l} onChange={() => onChange(l)} />
          <label htmlFor={`${name}-${l}`} lang={l}>
            {tLang(l)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

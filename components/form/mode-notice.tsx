"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { TDraft } from "@/lib/domain/assessment/draft";
import styles from "./mode-notice.module.css";

/** In the form: a reminder of the mode chosen and what it means (parents: many "I don't know"). */
export function ModeNotice() {
  const t = useTranslations("Modes");
  const mode = useWatch<TDraft, "mode">({ name: "mode" });
  if (mode === undefined) return null;
  return (
    <p className={styles.notice}>
      {t("current", { mode: t(`${mode}.label`) })} {t(`${mode}.notice`)}
    </p>
  );
}

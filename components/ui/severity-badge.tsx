"use client";

import { useTranslations } from "next-intl";
import { severityKey } from "@/lib/domain/catalogue/message-keys";

/** A severity as text (never colour alone). */
export function SeverityBadge({ severity }: { severity: string }) {
  const t = useTranslations();
  return <span className={`badge badge--${severity}`}>{t(severityKey(severity))}</span>;
}

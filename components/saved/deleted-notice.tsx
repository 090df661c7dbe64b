"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { takeDeletedNotice } from "@/lib/saved/deleted-notice";
import styles from "./saved.module.css";

/** On the start page after a saved assessment was deleted: says which one (once). */
export function DeletedNotice() {
  const t = useTranslations("Start");
  const [service, setService] = useState<string | null>(null);
  useEffect(() => setService(takeDeletedNotice()), []);
  return (
    <p role="status" className={service === null ? undefined : styles.deleted}>
      {service === null ? "" : t("deleted", { service })}
    </p>
  );
}

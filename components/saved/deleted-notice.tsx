"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { takeDeletedNotice } from "@/lib/browser/deleted-notice";
import styles from "./saved.module.css";

/** On the start page after a saved assessment was deleted: says which one (once). */
export function DeletedNotice() {
  const t = useTranslations("Start");
  const [service, setService] = useState<string | null>(null);
  // Taken once per page, even when React runs the effect twice (Strict Mode in development).
  const taken = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (taken.current === undefined) taken.current = takeDeletedNotice();
    setService(taken.current);
  }, []);
  return (
    <p role="status" className={service === null ? undefined : styles.deleted}>
      {service === null ? "" : t("deleted", { service })}
    </p>
  );
}

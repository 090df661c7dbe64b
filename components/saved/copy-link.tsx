"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import styles from "./saved.module.css";

/** A link shown in a read-only field, with a button that copies it (and says so). */
export function CopyLink({ label, url, name }: { label: string; url: string; name: string }) {
  const t = useTranslations("Save");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"idle" | "done" | "select">("idle");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("done");
    } catch {
      // No clipboard access (an insecure origin, a refused permission): select it for Ctrl+C.
      input.current?.focus();
      input.current?.select();
      setCopied("select");
    }
  };

  return (
    <div className={styles.linkField}>
      <label htmlFor={id}>{label}</label>
      <div className={styles.linkRow}>
        <input ref={input} id={id} className={styles.linkInput} type="text" readOnly value={url} data-link={name} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t.rich("copy", { what: label, hidden: (c) => <span className="visually-hidden">{c}</span> })}
        </button>
      </div>
      <p role="status" className={styles.muted}>
        {copied === "done" ? t("copied") : copied === "select" ? t("copySelect") : ""}
      </p>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent, type Ref } from "react";
import { Link } from "@/i18n/navigation";

export interface TErrorItem {
  /** DOM id of the field on this page, or a path with a #fragment on another page. */
  target: { id: string } | { href: string };
  message: string;
}

/**
 * The list of problems at the top of a step, each linking to its field. It is announced when it
 * appears (role=alert) and receives the focus when the user tries to go on.
 */
export function ErrorSummary({ items, ref }: { items: readonly TErrorItem[]; ref?: Ref<HTMLDivElement> }) {
  const t = useTranslations("FormErrors");
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t("summaryTitle")}</h2>
      <ul>
        {items.map((item) => (
          <li key={"id" in item.target ? item.target.id : item.target.href}>
            {"id" in item.target ? (
              <a href={`#${item.target.id}`} onClick={(e) => focusField(e, (item.target as { id: string }).id)}>
                {item.message}
              </a>
            ) : (
              <Link href={item.target.href}>{item.message}</Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(e: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (field === null) return;
  e.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * The summary's state in a form: `failed()` after a refused check shows it and, once it is on the
 * page, moves the focus to it (an effect, so it works however late the check's answer comes).
 */
export function useErrorSummary() {
  const ref = useRef<HTMLDivElement>(null);
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts > 0) ref.current?.focus();
  }, [attempts]);
  return { ref, tried: attempts > 0, failed: () => setAttempts((n) => n + 1) };
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent, type Ref } from "react";
import { Link } from "@/i18n/navigation";
import { openAround } from "../ui/disclosure";

export interface TErrorItem {
  /** DOM id of the field on this page, or a path with a #fragment on another page. */
  target: { id: string } | { href: string };
  /** The field's label or question, named before the message. */
  field: string;
  message: string;
}

/**
 * The list of problems at the top of a step, each linking to its field. It is announced when it
 * appears (role=alert) and receives the focus when the user tries to go on.
 */
export function ErrorSummary({ items, unavailable = false, ref }: { items: readonly TErrorItem[]; unavailable?: boolean; ref?: Ref<HTMLDivElement> }) {
  const t = useTranslations("FormErrors");
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t("summaryTitle")}</h2>
      {unavailable && <p>{t("checkUnavailable")}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={"id" in item.target ? item.target.id : item.target.href}>
              {"id" in item.target ? (
                <a href={`#${item.target.id}`} onClick={(e) => focusField(e, (item.target as { id: string }).id)}>
                  {t("summaryItem", { field: item.field, message: item.message })}
                </a>
              ) : (
                <Link href={item.target.href}>{t("summaryItem", { field: item.field, message: item.message })}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(e: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (field === null) return;
  e.preventDefault();
  openAround(field);
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * The summary's state in a form. `check(run)` runs the form's check and resolves to whether it
 * passed. When it did not, the summary shows and, once on the page, takes the focus (an effect, so
 * however late the answer comes); when the check could not run at all (its code did not load, the
 * connection is lost), the summary says so instead, and the answers stay in the browser.
 */
export function useErrorSummary() {
  const ref = useRef<HTMLDivElement>(null);
  const [attempts, setAttempts] = useState(0);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    if (attempts > 0) ref.current?.focus();
  }, [attempts]);
  const check = async (run: () => Promise<boolean>): Promise<boolean> => {
    const ok = await run().then(
      (passed) => {
        setUnavailable(false);
        return passed;
      },
      () => {
        setUnavailable(true);
        return false;
      },
    );
    if (!ok) setAttempts((n) => n + 1);
    return ok;
  };
  /** Whether to show the summary, given how many problems the form now has. */
  const visible = (problems: number) => attempts > 0 && (problems > 0 || unavailable);
  return { ref, unavailable, check, visible };
}

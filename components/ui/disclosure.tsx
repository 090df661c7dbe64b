"use client";

import { useEffect, useRef, type ReactNode } from "react";
import styles from "./disclosure.module.css";

type TProps = { headingId: string; title: ReactNode; children: ReactNode };

/** A section whose body is folded under its heading (a native disclosure: keyboard and screen-reader friendly, closed at first). */
export function Disclosure({ headingId, title, children }: TProps) {
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <details className={styles.details}>
        <summary className={styles.summary}>
          <h2 id={headingId} className={styles.title}>
            {title}
          </h2>
        </summary>
        {children}
      </details>
    </section>
  );
}

/** A section with its heading, folded when `collapsible` (the result page), open otherwise (the saved pages). */
export function ResultSection({ headingId, title, collapsible = false, className, children }: TProps & { collapsible?: boolean; className?: string }) {
  if (collapsible) {
    return (
      <Disclosure headingId={headingId} title={title}>
        <div className={className}>{children}</div>
      </Disclosure>
    );
  }
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A disclosure inside a form or a list, without a heading of its own: its summary names it, and
 * `summaryId` lets a field refer to it.
 */
export function InlineDisclosure({ summaryId, summary, className, open, children }: { summaryId: string; summary: ReactNode; className?: string; open?: boolean; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  // Opened when asked (a field in error inside), never closed under the user's hands.
  useEffect(() => {
    if (open === true && details.current !== null) details.current.open = true;
  }, [open]);
  return (
    <details ref={details} className={className === undefined ? styles.details : `${styles.details} ${className}`}>
      <summary id={summaryId} className={styles.summary}>
        {summary}
      </summary>
      {children}
    </details>
  );
}

/** Opens every closed disclosure around an element, so that a link to it shows it. */
export function openAround(target: Element | null) {
  for (let d = target?.closest("details") ?? null; d !== null; d = d.parentElement?.closest("details") ?? null) d.open = true;
}

const targetOf = (hash: string) => (hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null);

/**
 * Opens the disclosures around the target of an in-page link: when it is followed (before the
 * browser scrolls to it), when the address's fragment changes, and at arrival.
 */
export function useOpenLinkTargets(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href^='#']") : null;
      if (link !== null) openAround(targetOf(link.getAttribute("href") ?? ""));
    };
    const onHash = () => openAround(targetOf(window.location.hash));
    onHash();
    document.addEventListener("click", onClick);
    window.addEventListener("hashchange", onHash);
    return () => {
      document.removeEventListener("click", onClick);
      window.removeEventListener("hashchange", onHash);
    };
  }, [ready]);
}

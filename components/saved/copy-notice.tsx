"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { copyNoteFor, type TCopyNote } from "@/lib/browser/copy-note";
import { useServerLinkId } from "./use-server-link";
import styles from "./saved.module.css";

/**
 * On the form, for an assessment just started from a published one: which answers were carried
 * over (the service's) and which are to be given again (the school's), as the catalogue said before.
 */
export function CopyNotice() {
  const t = useTranslations("Drafts");
  const id = useServerLinkId();
  const [note, setNote] = useState<TCopyNote | null>(null);
  useEffect(() => setNote(id ? copyNoteFor(id) : null), [id]);
  if (note === null) return null;
  return (
    <p className={styles.notice} data-testid="copy-notice">
      {t("startFromAfter", { service: note.service, kept: note.kept, reset: note.reset })}
    </p>
  );
}

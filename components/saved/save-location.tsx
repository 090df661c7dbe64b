"use client";

import { useTranslations } from "next-intl";
import { useServerLinkId } from "./use-server-link";

/**
 * Where the answers are saved, said once: a draft kept in this browser only says so here; a draft
 * that belongs to a saved assessment says nothing here, since the autosave's status line says it is
 * saved on the server.
 */
export function SaveLocationNote({ className }: { className?: string }) {
  const t = useTranslations("Nav");
  const linked = useServerLinkId();
  if (linked !== null && linked !== "") return null;
  return <p className={className}>{t("saved")}</p>;
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { rotateEditLink } from "@/lib/browser/api-client";
import { rememberEditToken, rememberRegisterToken } from "@/lib/browser/local";
import { ConfirmButton } from "./confirm-button";
import { CopyLink } from "./copy-link";

type TProps = {
  kind: "assessment" | "register";
  id: string;
  token: string;
  /** The service's name, in the question (an assessment). */
  service?: string;
  /** The token this browser now holds. */
  onRotated: (token: string) => void;
};

/**
 * "Replace the edit link", for the holder of the edit token: asks first, then shows the new edit
 * link and keeps its token in this browser; the old one is refused by the server from then on.
 */
export function RotateLink({ kind, id, token, service = "", onRotated }: TProps) {
  const t = useTranslations("LinkSafety");
  const locale = useLocale();
  const [editUrl, setEditUrl] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const rotate = async (): Promise<string | null> => {
    const res = await rotateEditLink(kind === "assessment" ? "assessments" : "registers", id, token, locale);
    if (res.kind === "offline") return t("offline");
    if (res.kind !== "ok") return res.kind === "conflict" ? t("offline") : res.message;
    (kind === "assessment" ? rememberEditToken : rememberRegisterToken)(id, res.value.editToken);
    setEditUrl(res.value.editUrl);
    onRotated(res.value.editToken);
    return null;
  };

  return (
    <>
      <h3>{t("rotateHeading")}</h3>
      <p>{t("rotateText")}</p>
      <ConfirmButton
        label={t("rotateButton")}
        title={kind === "assessment" ? t("rotateTitleAssessment", { service }) : t("rotateTitleRegister")}
        text={t("rotateConfirmText")}
        confirmLabel={t("rotateConfirm")}
        cancelLabel={t("cancel")}
        busyText={t("rotating")}
        onConfirm={rotate}
        onDone={() => status.current?.focus()}
      />
      <p ref={status} role="status" tabIndex={-1}>
        {editUrl === null ? "" : t("rotated")}
      </p>
      {editUrl !== null && <CopyLink label={t("newLinkLabel")} url={editUrl} name="rotated-edit" />}
    </>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode, type RefObject } from "react";
import { useRouter } from "@/i18n/navigation";
import { removeRegisterEntry } from "@/lib/browser/api-client";
import { registerTokenFor } from "@/lib/browser/local";
import { ConfirmButton } from "./confirm-button";
import styles from "./saved.module.css";

type TRegisterOwner = {
  id: string;
  /** undefined until this browser's storage is read; null when it holds no edit token for the register. */
  token: string | null | undefined;
  /** After the edit link is replaced (or forgotten here): the token this browser now holds. */
  setToken: (token: string | null) => void;
  /** The list's status line: says what changed, and takes the focus when the control that did it goes away. */
  status: RefObject<HTMLParagraphElement | null>;
  message: string;
  announce: (text: string) => void;
  /** Reads the page again from the server. */
  refresh: () => void;
  refreshing: boolean;
};

const OwnerContext = createContext<TRegisterOwner | null>(null);

export function useRegisterOwner(): TRegisterOwner {
  const owner = useContext(OwnerContext);
  if (owner === null) throw new Error("useRegisterOwner outside <RegisterOwner>");
  return owner;
}

/** Around a register's page: whether this browser holds its edit token, shared by the tools and the list. */
export function RegisterOwner({ id, children }: { id: string; children: ReactNode }) {
  const router = useRouter();
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [message, setMessage] = useState("");
  const [refreshing, startRefresh] = useTransition();
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => setToken(registerTokenFor(id)), [id]);
  const value: TRegisterOwner = {
    id,
    token,
    setToken,
    status,
    message,
    announce: setMessage,
    refresh: () => startRefresh(() => router.refresh()),
    refreshing,
  };
  return <OwnerContext.Provider value={value}>{children}</OwnerContext.Provider>;
}

/** The list's status line (what was removed); focusable so that focus has somewhere to go. */
export function RegisterListStatus() {
  const { status, message } = useRegisterOwner();
  return (
    <p ref={status} role="status" tabIndex={-1} className={styles.muted}>
      {message}
    </p>
  );
}

/** The heading of the actions column, for the holder of the edit token only. */
export function RegisterActionsHeader() {
  const t = useTranslations("Register");
  const { token } = useRegisterOwner();
  return typeof token === "string" ? <th scope="col">{t("colActions")}</th> : null;
}

/** "Remove" in a service's row, for the holder of the edit token: asks first, then refreshes the list. */
export function RemoveEntryCell({ assessmentId, service }: { assessmentId: string; service: string }) {
  const t = useTranslations("Register");
  const locale = useLocale();
  const owner = useRegisterOwner();
  const { token } = owner;
  if (typeof token !== "string") return null;

  const remove = async (): Promise<string | null> => {
    const res = await removeRegisterEntry(owner.id, token, assessmentId, locale);
    // Already gone (removed from another window): the list only needs refreshing.
    if (res.kind === "ok" || (res.kind === "error" && res.status === 404)) return null;
    if (res.kind === "offline") return t("offline");
    return res.kind === "conflict" ? t("removeError", { service }) : `${t("removeError", { service })} ${res.message}`;
  };

  return (
    <ConfirmButton
      as="td"
      label={t("removeShort")}
      name={t("remove", { service })}
      title={t("removeTitle", { service })}
      text={t("removeText")}
      confirmLabel={t("removeConfirm")}
      cancelLabel={t("cancel")}
      busyText={t("removing", { service })}
      onConfirm={remove}
      onDone={() => {
        owner.announce(t("removed", { service }));
        owner.status.current?.focus();
        owner.refresh();
      }}
    />
  );
}

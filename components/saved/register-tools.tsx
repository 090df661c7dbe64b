"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { addRegisterEntry, renameRegister, type TApiResult } from "@/lib/browser/api-client";
import { registerTokenFor, rememberRegisterToken, tokenFromHash } from "@/lib/browser/local";
import { useRegisterOwner } from "./register-owner";
import { ForgetHere, ForgottenNotice } from "./forget-here";
import { RotateLink } from "./rotate-link";
import styles from "./saved.module.css";

type TMessage = { error: boolean; text: string } | null;

/** A form's outcome: a status when it worked, an alert beside the control when it did not. */
function Outcome({ id, message, hidden }: { id: string; message: TMessage; hidden: boolean }) {
  return (
    <>
      <p role="status" className={styles.muted}>
        {hidden || message?.error !== false ? "" : message.text}
      </p>
      <p id={id} role="alert" className={styles.error}>
        {hidden || message?.error !== true ? "" : message.text}
      </p>
    </>
  );
}

type TOneFieldForm = {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (e: FormEvent) => Promise<void>;
  button: string;
  tone: "primary" | "secondary";
  busy: boolean;
  message: TMessage;
  hidden: boolean;
};

/** A labelled text field with its hint, its button beside it and its outcome below. */
function OneFieldForm({ id, label, hint, value, onChange, onSubmit, button, tone, busy, message, hidden }: TOneFieldForm) {
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className={styles.linkField}>
        <label htmlFor={id}>{label}</label>
        <p className={styles.muted} id={`${id}-hint`}>
          {hint}
        </p>
        <div className={styles.linkRow}>
          <input
            id={id}
            className={styles.linkInput}
            type="text"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={message?.error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={message?.error === true}
            autoComplete="off"
          />
          <button type="submit" className={`button button--${tone}`} aria-disabled={busy}>
            {button}
          </button>
        </div>
        <Outcome id={`${id}-error`} message={message} hidden={hidden} />
      </div>
    </form>
  );
}

/**
 * What the holder of a register's edit token can do from its page: rename it, add an assessment by
 * its link (removing one is in the list, row by row).
 */
export function RegisterTools({ name }: { name: string | null }) {
  const t = useTranslations("Register");
  const locale = useLocale();
  const { id, token, setToken, refresh, refreshing } = useRegisterOwner();
  const [link, setLink] = useState("");
  const [newName, setNewName] = useState(name ?? "");
  const [message, setMessage] = useState<TMessage>(null);
  const [renameMessage, setRenameMessage] = useState<TMessage>(null);
  const [busy, setBusy] = useState(false);
  const [forgotten, setForgotten] = useState<"one" | "all" | null>(null);

  useEffect(() => setNewName(name ?? ""), [name]);

  if (token === undefined) return null;
  if (token === null) {
    return (
      <>
        <ForgottenNotice what={forgotten} />
        <p className={styles.muted}>{t("readOnly")}</p>
      </>
    );
  }

  const failure = (res: Exclude<TApiResult<unknown>, { kind: "ok" }>, fallback: string) =>
    res.kind === "offline" ? t("offline") : res.kind === "error" ? (res.fields[0]?.message ?? res.message) : res.kind === "refused" ? res.message : fallback;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (link.trim() === "") return setMessage({ error: true, text: t("addEmpty") });
    setBusy(true);
    const res = await addRegisterEntry(id, token, link.trim(), locale);
    setBusy(false);
    if (res.kind === "ok") {
      setMessage({ error: false, text: res.value.added ? t("added") : t("alreadyThere") });
      setLink("");
      refresh();
    } else {
      setMessage({ error: true, text: failure(res, t("addError")) });
    }
  };

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const res = await renameRegister(id, token, newName.trim() === "" ? null : newName.trim(), locale);
    setBusy(false);
    if (res.kind === "ok") {
      setRenameMessage({ error: false, text: t("renamed") });
      refresh();
    } else {
      setRenameMessage({ error: true, text: failure(res, t("renameError")) });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="register-manage">
      <h2 id="register-manage">{t("manageHeading")}</h2>
      <OneFieldForm
        id="register-rename"
        label={t("renameLabel")}
        hint={t("renameHint")}
        value={newName}
        onChange={setNewName}
        onSubmit={rename}
        button={t("renameButton")}
        tone="secondary"
        busy={busy}
        message={renameMessage}
        hidden={refreshing}
      />

      <h3 id="register-add">{t("addHeading")}</h3>
      <OneFieldForm
        id="register-add-link"
        label={t("addLabel")}
        hint={t("addHint")}
        value={link}
        onChange={setLink}
        onSubmit={add}
        button={t("addButton")}
        tone="primary"
        busy={busy}
        message={message}
        hidden={refreshing}
      />

      <RotateLink kind="register" id={id} token={token} onRotated={setToken} />
      <ForgetHere
        target={{ kind: "register", id }}
        onForgotten={(what) => {
          setForgotten(what);
          setToken(null);
        }}
      />
    </section>
  );
}

/** The register's edit link: keeps the token from the fragment in this browser, then shows the register. */
export function OpenRegisterForEditing({ id }: { id: string }) {
  const t = useTranslations("Register");
  const router = useRouter();
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    const token = tokenFromHash(window.location.hash);
    if (window.location.hash !== "") window.history.replaceState(window.history.state, "", window.location.pathname);
    if (token !== null) rememberRegisterToken(id, token);
    if (token === null && registerTokenFor(id) === null) setMissing(true);
    else router.replace(`/registers/${id}`);
  }, [id, router]);
  return (
    <>
      <h1>{t("editTitle")}</h1>
      <p role={missing ? "alert" : "status"}>{missing ? t("noToken") : t("opening")}</p>
    </>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { addRegisterEntry, renameRegister, type TApiResult } from "@/lib/saved/api-client";
import { registerTokenFor, rememberRegisterToken, tokenFromHash } from "@/lib/saved/local";
import { useRegisterOwner } from "./register-owner";
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

/**
 * What the holder of a register's edit token can do from its page: rename it, add an assessment by
 * its link (removing one is in the list, row by row).
 */
export function RegisterTools({ name }: { name: string | null }) {
  const t = useTranslations("Register");
  const locale = useLocale();
  const { id, token, refresh, refreshing } = useRegisterOwner();
  const [link, setLink] = useState("");
  const [newName, setNewName] = useState(name ?? "");
  const [message, setMessage] = useState<TMessage>(null);
  const [renameMessage, setRenameMessage] = useState<TMessage>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setNewName(name ?? ""), [name]);

  if (token === undefined) return null;
  if (token === null) return <p className={styles.muted}>{t("readOnly")}</p>;

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
      <form onSubmit={(e) => void rename(e)} noValidate>
        <div className={styles.linkField}>
          <label htmlFor="register-rename">{t("renameLabel")}</label>
          <p className={styles.muted} id="register-rename-hint">
            {t("renameHint")}
          </p>
          <div className={styles.linkRow}>
            <input
              id="register-rename"
              className={styles.linkInput}
              type="text"
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              aria-describedby={renameMessage?.error ? "register-rename-hint register-rename-error" : "register-rename-hint"}
              aria-invalid={renameMessage?.error === true}
              autoComplete="off"
            />
            <button type="submit" className="button button--secondary" aria-disabled={busy}>
              {t("renameButton")}
            </button>
          </div>
          <Outcome id="register-rename-error" message={renameMessage} hidden={refreshing} />
        </div>
      </form>

      <h3 id="register-add">{t("addHeading")}</h3>
      <form onSubmit={(e) => void add(e)} noValidate>
        <div className={styles.linkField}>
          <label htmlFor="register-add-link">{t("addLabel")}</label>
          <p className={styles.muted} id="register-add-hint">
            {t("addHint")}
          </p>
          <div className={styles.linkRow}>
            <input
              id="register-add-link"
              className={styles.linkInput}
              type="text"
              value={link}
              onChange={(e) => setLink(e.target.value)}
              aria-describedby={message?.error ? "register-add-hint register-add-error" : "register-add-hint"}
              aria-invalid={message?.error === true}
              autoComplete="off"
            />
            <button type="submit" className="button button--primary" aria-disabled={busy}>
              {t("addButton")}
            </button>
          </div>
          <Outcome id="register-add-error" message={message} hidden={refreshing} />
        </div>
      </form>
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

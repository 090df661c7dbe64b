"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { addRegisterEntry } from "@/lib/saved/api-client";
import { registerTokenFor, rememberRegisterToken, tokenFromHash } from "@/lib/saved/local";
import styles from "./saved.module.css";

/** Adding an assessment to a register by its link, when this browser holds the register's edit token. */
export function RegisterTools({ id }: { id: string }) {
  const t = useTranslations("Register");
  const locale = useLocale();
  const router = useRouter();
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [link, setLink] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  useEffect(() => setToken(registerTokenFor(id)), [id]);

  if (token === undefined) return null;
  if (token === null) return <p className={styles.muted}>{t("readOnly")}</p>;

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
      startRefresh(() => router.refresh());
    } else if (res.kind === "offline") {
      setMessage({ error: true, text: t("offline") });
    } else if (res.kind === "error") {
      setMessage({ error: true, text: res.fields[0]?.message ?? res.message });
    } else {
      setMessage({ error: true, text: res.kind === "refused" ? res.message : t("addError") });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="register-add">
      <h2 id="register-add">{t("addHeading")}</h2>
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
              aria-describedby="register-add-hint"
              aria-invalid={message?.error === true}
              autoComplete="off"
            />
            <button type="submit" className="button button--primary" aria-disabled={busy}>
              {t("addButton")}
            </button>
          </div>
        </div>
        <p role="status" className={message?.error ? styles.error : styles.muted}>
          {refreshing ? "" : (message?.text ?? "")}
        </p>
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

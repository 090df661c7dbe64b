"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Link } from "@/i18n/navigation";
import { createRegister } from "@/lib/browser/api-client";
import { rememberRegisterToken } from "@/lib/browser/local";
import { CopyLink } from "./copy-link";
import styles from "./saved.module.css";

type TCreatedRegister = { id: string; readUrl: string; editUrl: string };

/** Creates a school's register (itself a link): its read link to share, its secret edit link to add services. */
export function RegisterNew() {
  const t = useTranslations("Register");
  const tSave = useTranslations("Save");
  const locale = useLocale();
  const [name, setName] = useState("");
  const [state, setState] = useState<"idle" | "busy" | "error" | "offline">("idle");
  const [created, setCreated] = useState<TCreatedRegister | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state === "busy") return;
    setState("busy");
    const res = await createRegister(name.trim() === "" ? null : name.trim(), locale);
    if (res.kind === "ok") {
      rememberRegisterToken(res.value.id, res.value.editToken);
      setCreated({ id: res.value.id, readUrl: res.value.readUrl, editUrl: res.value.editUrl });
      setState("idle");
      requestAnimationFrame(() => heading.current?.focus());
      return;
    }
    setState(res.kind === "offline" ? "offline" : "error");
  };

  if (created !== null) {
    return (
      <section className={styles.panel} aria-labelledby="register-created">
        <h2 id="register-created" ref={heading} tabIndex={-1}>
          {t("createdHeading")}
        </h2>
        <p>{t("createdText")}</p>
        <CopyLink label={t("readLink")} url={created.readUrl} name="read" />
        <CopyLink label={t("editLink")} url={created.editUrl} name="edit" />
        <p className={styles.warning}>
          <strong>{tSave("warningTitle")}</strong> {t("warning")}
        </p>
        <p>
          <Link href={`/registers/${created.id}`} className="button button--primary">
            {t("open")}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} className={styles.panel} noValidate>
      <div className={styles.linkField}>
        <label htmlFor="register-name">{t("nameLabel")}</label>
        <p className={styles.muted} id="register-name-hint">
          {t("nameHint")}
        </p>
        <input id="register-name" className="field__input" type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} aria-describedby="register-name-hint" autoComplete="organization" />
      </div>
      <p>
        <button type="submit" className="button button--primary" aria-disabled={state === "busy"}>
          {t("create")}
        </button>
      </p>
      <p role="status" className={state === "error" || state === "offline" ? styles.error : styles.muted}>
        {state === "busy" ? t("creating") : state === "error" ? t("createError") : state === "offline" ? tSave("offline") : ""}
      </p>
    </form>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type FormEvent } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import { deleteSaved, patchReviewDate, publishSaved, startRound, unpublishSaved } from "@/lib/browser/api-client";
import { editTokenFor, forgetDeletedAssessment } from "@/lib/browser/local";
import { InlineDisclosure } from "../ui/disclosure";
import { ConfirmButton } from "./confirm-button";
import { ForgetHere, ForgottenNotice } from "./forget-here";
import { RotateLink } from "./rotate-link";
import styles from "./saved.module.css";
import { useOwnerChange } from "./use-owner-change";

type TProps = {
  id: string;
  service: string;
  version: number;
  round: number;
  reviewDate: string;
  reviewDateSet: boolean;
  published: { publicUrl: string; showSchool: boolean } | null;
  hasSchool: boolean;
};


/**
 * What the owner can do from the read page, when this browser holds the edit token: edit, re-evaluate
 * (a new round), publish or withdraw, and, folded, set the review date, replace the edit link, delete. Each change sends If-Match; a stale page is
 * told so and reloaded, never overwritten.
 */
export function OwnerTools({ id, service, version, round, reviewDate, reviewDateSet, published, hasSchool }: TProps) {
  const t = useTranslations("SavedAssessment.owner");
  const d = useTranslations("Drafts");
  const locale = useLocale();
  const router = useRouter();
  const [token, setToken] = useState<string | null | undefined>(undefined);
  // The page is read again from the server after each change; the outcome is announced once it shows.
  const { busy, refreshing, message, setMessage, refresh, followVersion, run } = useOwnerChange(id, { stale: t("stale"), offline: t("offline") });
  const [date, setDate] = useState(reviewDate);
  const [showSchool, setShowSchool] = useState(false);
  const [forgotten, setForgotten] = useState<"one" | "all" | null>(null);
  const dateId = useId();
  const schoolId = useId();

  useEffect(() => setToken(editTokenFor(id)), [id]);
  useEffect(() => setDate(reviewDate), [reviewDate]);

  if (token === undefined) return null;
  if (token === null) {
    return (
      <section className={styles.panel} aria-labelledby="owner-heading">
        <h2 id="owner-heading">{t("readOnlyHeading")}</h2>
        <ForgottenNotice what={forgotten} />
        <p>{t("readOnly")}</p>
        {forgotten === null && <ForgetHere />}
      </section>
    );
  }

  /** Deletes the assessment; then this browser forgets it and the start page says so. */
  const remove = async (): Promise<string | null> => {
    const res = await deleteSaved(id, token, locale);
    if (res.kind === "ok" || (res.kind === "error" && res.status === 404)) {
      forgetDeletedAssessment(id, service);
      return null;
    }
    return res.kind === "offline" ? t("offline") : res.kind === "conflict" ? t("stale") : res.message;
  };

  /** Freezes this round and starts the next, once confirmed; an error is shown beside the button. */
  const reevaluate = async (): Promise<string | null> => {
    const res = await startRound(id, token, version, locale);
    if (res.kind === "ok") {
      followVersion(res.value.version);
      setMessage({ kind: "ok", text: t("reevaluated", { round: round + 1 }) });
      refresh();
      return null;
    }
    if (res.kind === "conflict") {
      refresh();
      return t("stale");
    }
    return res.kind === "offline" ? t("offline") : res.message;
  };

  const saveDate = (e: FormEvent) => {
    e.preventDefault();
    void run(() => patchReviewDate(id, token, version, date === "" ? null : date, locale), t("reviewSaved"), (v) => v.version);
  };

  return (
    <section className={styles.panel} aria-labelledby="owner-heading">
      <h2 id="owner-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <p className="button-row">
        <Link href={`/assessments/${id}/edit`} className="button button--primary">
          {t("edit")}
        </Link>
      </p>

      <h3>{t("reevaluateHeading")}</h3>
      <p>{t("reevaluateText", { round, next: round + 1 })}</p>
      <ConfirmButton
        label={t("reevaluate")}
        title={d("roundTitle", { next: round + 1, service })}
        text={d("roundText", { round, next: round + 1 })}
        confirmLabel={d("roundConfirm", { next: round + 1 })}
        cancelLabel={d("roundCancel")}
        busyText={t("working")}
        onConfirm={reevaluate}
      />

      <h3>{t("publishHeading")}</h3>
      {published === null ? (
        <>
          <p>{t("publishText")}</p>
          {hasSchool && (
            <div className="option">
              <input id={schoolId} type="checkbox" checked={showSchool} onChange={(e) => setShowSchool(e.target.checked)} />
              <label htmlFor={schoolId}>{t("showSchool")}</label>
            </div>
          )}
          <p>
            <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void run(() => publishSaved(id, token, hasSchool && showSchool, locale), t("published"))}>
              {t("publish")}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>
            {t(published.showSchool ? "isPublishedWithSchool" : "isPublished")} <a href={published.publicUrl}>{t("publicLink")}</a>
          </p>
          <p className="button-row">
            <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void run(() => publishSaved(id, token, published.showSchool, locale), t("republished"))}>
              {t("republish")}
            </button>
            <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void run(() => unpublishSaved(id, token, locale), t("unpublished"))}>
              {t("unpublish")}
            </button>
          </p>
        </>
      )}
      <p role="status" className={message?.kind === "error" ? styles.error : undefined}>
        {busy || refreshing ? t("working") : (message?.text ?? "")}
      </p>
      <InlineDisclosure summaryId="owner-more" summary={t("moreTools")} className={styles.more}>
        <h3>{t("reviewHeading")}</h3>
        <form onSubmit={saveDate} className={styles.linkField}>
          <label htmlFor={dateId}>{t("reviewLabel")}</label>
          <p className={styles.muted} id={`${dateId}-hint`}>
            {reviewDateSet ? t("reviewHintSet") : t("reviewHintDefault")}
          </p>
          <div className={styles.linkRow}>
            <input id={dateId} type="date" className="field__input" aria-describedby={`${dateId}-hint`} value={date} onChange={(e) => setDate(e.target.value)} />
            <button type="submit" className="button button--secondary" aria-disabled={busy}>
              {t("reviewSave")}
            </button>
            {reviewDateSet && (
              <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void run(() => patchReviewDate(id, token, version, null, locale), t("reviewSaved"), (v) => v.version)}>
                {t("reviewDefault")}
              </button>
            )}
          </div>
        </form>

        <RotateLink kind="assessment" id={id} token={token} service={service} onRotated={setToken} />
        <h3>{t("deleteHeading")}</h3>
        <p>{t("deleteText")}</p>
        <ConfirmButton
          label={t("deleteButton")}
          title={t("deleteTitle", { service })}
          text={t("deleteConfirmText")}
          confirmLabel={t("deleteConfirm")}
          cancelLabel={t("cancel")}
          busyText={t("working")}
          tone="danger"
          onConfirm={remove}
          onDone={() => router.push("/")}
        />
        <ForgetHere
          target={{ kind: "assessment", id, service }}
          onForgotten={(what) => {
            setForgotten(what);
            setToken(null);
          }}
        />
      </InlineDisclosure>
    </section>
  );
}

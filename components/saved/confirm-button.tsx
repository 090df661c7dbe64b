"use client";

import { useId, useRef, useState } from "react";
import styles from "./saved.module.css";

type TProps = {
  /** The button's visible text. */
  label: string;
  /** Its accessible name when it says more than the text (it starts with the text). */
  name?: string;
  /** The question asked, and what it means. */
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Does the change; gives the error to show beside the button, or null when done. */
  onConfirm: () => Promise<string | null>;
  /** After a change that worked (the button may be about to go away): where focus goes next. */
  onDone: () => void;
  /** The trigger's style: "secondary" beside other actions, "danger" for a last step. */
  tone?: "secondary" | "danger";
  /** Holds the trigger and its error: a `td` in a table's row. */
  as?: "div" | "td";
};

/**
 * A destructive action in two steps: the button opens a modal dialog that asks first (the safe
 * choice has the focus, Escape cancels, focus comes back to the button); an error is shown beside
 * the button, as an alert.
 */
export function ConfirmButton({ label, name, title, text, confirmLabel, cancelLabel, onConfirm, onDone, tone = "secondary", as: Box = "div" }: TProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const done = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const problem = await onConfirm();
    setBusy(false);
    done.current = problem === null;
    setError(problem ?? "");
    dialog.current?.close();
    if (problem === null) onDone();
  };

  return (
    <Box className={styles.confirm}>
      <button
        ref={trigger}
        type="button"
        className={`button button--${tone}`}
        aria-label={name}
        aria-describedby={error === "" ? undefined : `${id}-error`}
        onClick={() => {
          done.current = false;
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <span id={`${id}-error`} role="alert" className={styles.error}>
        {error}
      </span>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onClose={() => {
          if (!done.current) trigger.current?.focus();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{text}</p>
        <p className="button-row">
          {/* The safe choice comes first and gets the focus when the dialog opens. */}
          <button type="button" className="button button--secondary" autoFocus onClick={() => dialog.current?.close()}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" aria-disabled={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </button>
        </p>
      </dialog>
    </Box>
  );
}

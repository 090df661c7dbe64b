"use client";

import { useId, useRef, useState } from "react";
import { ConfirmDialog, type TConfirmDialog } from "../ui/confirm-dialog";
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
  /** Said in the dialog while the change runs. */
  busyText: string;
  /** Does the change; gives the error to show beside the button, or null when done. */
  onConfirm: () => Promise<string | null>;
  /** After a change that worked (the button may be about to go away): where focus goes next; without it, back to the button. */
  onDone?: () => void;
  /** The trigger's style: "secondary" beside other actions, "danger" for a last step. */
  tone?: "secondary" | "danger";
  /** Holds the trigger and its error: a `td` in a table's row. */
  as?: "div" | "td";
};

/**
 * A destructive action in two steps: the button opens a ConfirmDialog (focus comes back to the
 * button when it is cancelled); an error is shown beside the button, as an alert.
 */
export function ConfirmButton({ label, name, title, text, confirmLabel, cancelLabel, busyText, onConfirm, onDone, tone = "secondary", as: Box = "div" }: TProps) {
  const id = useId();
  const dialog = useRef<TConfirmDialog>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const done = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  const confirm = async () => {
    setBusy(true);
    let problem: string | null;
    try {
      problem = await onConfirm();
    } finally {
      setBusy(false);
    }
    done.current = problem === null;
    setError(problem ?? "");
    dialog.current?.close();
    if (problem === null) onDone?.();
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
          dialog.current?.open();
        }}
      >
        {label}
      </button>
      <span id={`${id}-error`} role="alert" className={styles.error}>
        {error}
      </span>
      <ConfirmDialog
        ref={dialog}
        title={title}
        text={text}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        busy={busy}
        busyText={busyText}
        onConfirm={() => void confirm()}
        onClose={() => {
          if (!done.current || onDone === undefined) trigger.current?.focus();
        }}
      />
    </Box>
  );
}

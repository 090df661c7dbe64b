"use client";

import { useId, useImperativeHandle, useRef, type Ref } from "react";

export interface TConfirmDialog {
  /** Opens the dialog, the safe choice focused. */
  open: () => void;
  close: () => void;
}

type TProps = {
  ref: Ref<TConfirmDialog>;
  /** The question asked, and what it means. */
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** While the change runs: the dialog cannot be closed, and says so. */
  busy?: boolean;
  busyText?: string;
  onConfirm: () => void;
  /** The dialog closed (cancelled, Escape, or after the change): where focus goes is the caller's. */
  onClose: () => void;
};

/**
 * A modal question before a change that cannot be undone: "cancel" comes first and has the focus,
 * Escape cancels; while the change runs neither closes it, and a status line says it is running.
 */
export function ConfirmDialog({ ref, title, text, confirmLabel, cancelLabel, busy = false, busyText = "", onConfirm, onClose }: TProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      open: () => {
        dialog.current?.showModal();
        cancel.current?.focus();
      },
      close: () => dialog.current?.close(),
    }),
    [],
  );

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      <p className="button-row">
        <button ref={cancel} type="button" className="button button--secondary" aria-disabled={busy} onClick={() => !busy && dialog.current?.close()}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--danger" aria-disabled={busy} onClick={() => !busy && onConfirm()}>
          {confirmLabel}
        </button>
      </p>
      <p role="status">{busy ? busyText : ""}</p>
    </dialog>
  );
}

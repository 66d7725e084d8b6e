'use client';
import { forwardRef, useId, useRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { SavedCard } from '../core/card';
import { formatMessage } from '../i18n/messages';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { cx, useSavedCardsUI } from './context';
import { cardName } from './text';

/** Props of `<DeleteCardDialog>`: the card asked about, what confirm and cancel do, and any `div` attribute. */
export interface DeleteCardDialogProps extends HTMLAttributes<HTMLDivElement> {
  card: SavedCard;
  /** While your delete request runs: both buttons ignore presses, confirm says "Deleting…", Escape does nothing. */
  pending?: boolean;
  onConfirm: (card: SavedCard) => void;
  /** Cancel, or Escape. Focus then returns to where it was when the dialog opened. */
  onCancel: () => void;
}

/**
 * The delete confirmation (WAI-ARIA APG alert dialog), named after the card: focus starts on Cancel and Tab
 * stays inside, Escape cancels, a click outside does nothing, and the rest of the page is `inert` while it
 * is mounted. Render it only while open. Pending buttons are `aria-disabled`, not disabled, so focus stays
 * on the one pressed (as React Aria's do); announce the pending state in a live region of your own.
 *
 * @example
 * {confirming && <DeleteCardDialog card={confirming} onConfirm={(card) => deleteCard(card.token)} onCancel={() => setConfirming(null)} />}
 */
export const DeleteCardDialog = forwardRef<HTMLDivElement, DeleteCardDialogProps>(function DeleteCardDialog(
  { card, pending = false, onConfirm, onCancel, className, onKeyDown, ...props },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  const id = useId();
  const overlay = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const cancelled = useRef(false);
  const name = cardName(card, m);

  // A layout effect, so on close the page is no longer inert when the list's focus owner moves focus on.
  useBrowserLayoutEffect(() => {
    returnTo.current ??= document.activeElement;
    cancel.current?.focus();
    // The whole page, not only the list, so a virtual cursor cannot reach the Pay button behind;
    // live regions stay out of it, so announcements are still heard.
    const path: HTMLElement[] = [];
    for (
      let node: HTMLElement | null = overlay.current;
      node?.parentElement && node !== document.body;
      node = node.parentElement
    )
      path.push(node);
    const outside: Element[] = [];
    const makeInert = (element: Element) => {
      if (path.includes(element as HTMLElement) || element.hasAttribute('inert') || element.hasAttribute('aria-live'))
        return;
      element.setAttribute('inert', '');
      outside.push(element);
    };
    for (const node of path) [...node.parentElement!.children].forEach(makeInert);
    // And what mounts behind it while open (a failed refresh's alert and Retry, the merchant's content).
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const added of record.addedNodes) if (added instanceof Element) makeInert(added);
      }
    });
    for (const node of path) observer.observe(node.parentElement!, { childList: true });
    return () => {
      observer.disconnect();
      outside.forEach((element) => element.removeAttribute('inert'));
      // Only on cancel: after a confirm the caller moves focus (the card may be gone).
      if (cancelled.current && returnTo.current instanceof HTMLElement) returnTo.current.focus();
    };
  }, []);

  function handleCancel() {
    // The request has left: closing now would hide its outcome.
    if (pending) return;
    cancelled.current = true;
    onCancel();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      // Ours, pending or not: a merchant's drawer or modal around it must not close.
      event.preventDefault();
      event.stopPropagation();
      handleCancel();
    } else if (event.key === 'Tab') {
      const focusable = [
        ...event.currentTarget.querySelectorAll<HTMLElement>(
          'button:not(:disabled), [href], input:not(:disabled), [tabindex]:not([tabindex="-1"])',
        ),
      ];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = document.activeElement;
      if (event.shiftKey ? active === first || !focusable.includes(active as HTMLElement) : active === last) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    }
  }

  return (
    // Not a control: it only keeps a backdrop click from moving focus out of the dialog.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={overlay}
      data-sc-part="overlay"
      className={c.overlay}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) event.preventDefault();
      }}
    >
      {/* Its keyboard handler keeps Tab inside the dialog (APG alertdialog). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={ref}
        role="alertdialog"
        aria-modal="true"
        aria-busy={pending || undefined}
        tabIndex={-1}
        aria-labelledby={`${id}t`}
        aria-describedby={`${id}d`}
        data-sc-part="dialog"
        data-state={pending ? 'pending' : 'open'}
        className={cx(c.dialog, className)}
        onKeyDown={handleKeyDown}
        {...props}
      >
        <h2 id={`${id}t`} data-sc-part="dialog-title">
          {formatMessage(m.dialogTitle, { card: name })}
        </h2>
        <p id={`${id}d`} data-sc-part="dialog-description">
          {formatMessage(m.dialogDescription, { card: name })}
        </p>
        <div data-sc-part="dialog-actions">
          <button
            ref={cancel}
            type="button"
            data-sc-part="cancel"
            className={c.cancelButton}
            aria-disabled={pending || undefined}
            onClick={handleCancel}
          >
            {m.dialogCancel}
          </button>
          <button
            type="button"
            data-sc-part="confirm"
            className={c.confirmButton}
            aria-disabled={pending || undefined}
            onClick={() => {
              if (!pending) onConfirm(card);
            }}
          >
            {pending ? m.dialogPending : m.dialogConfirm}
          </button>
        </div>
      </div>
    </div>
  );
});

'use client';
import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { SavedCard } from '../core/card';
import { formatMessage } from '../i18n/messages';
import { cx, useSavedCardsUI } from './context';
import { cardName } from './text';

export interface DeleteCardDialogProps extends HTMLAttributes<HTMLDivElement> {
  card: SavedCard;
  /** While your own delete request runs: both buttons ignore presses (confirm says "Deleting…"), focus stays put. */
  pending?: boolean;
  onConfirm: (card: SavedCard) => void;
  /** Cancel, or Escape. Focus then returns to where it was when the dialog opened. */
  onCancel: () => void;
}

/**
 * The delete confirmation (WAI-ARIA APG alert dialog): `role="alertdialog"`,
 * modal, labelled and described with the card's name; focus starts on Cancel
 * and Tab stays inside; Escape cancels; a click outside does nothing. While it
 * is mounted the rest of the page is `inert`. Render it only while it is open.
 * With `pending` (the delete was sent) both buttons are `aria-disabled` and ignore
 * presses, and Escape does nothing until you close it. Like React Aria's pending
 * buttons they stay focusable, so focus stays on the button the shopper pressed
 * instead of jumping away (and the browser is not made to recompute the page's
 * styles on the spot). Announce the pending state in a live region;
 * `<SavedCards>` says "Deleting…" in its own.
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

  useEffect(() => {
    returnTo.current ??= document.activeElement;
    cancel.current?.focus();
    // Everything else on the page becomes inert, not only the list: a screen reader's
    // virtual cursor must not wander to the merchant's Pay button behind the dialog.
    // Live regions stay reachable so announcements are still heard.
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
    // What mounts behind the dialog while it is open (a failed refresh's alert and Retry, the merchant's own content) too.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const added of record.addedNodes) if (added instanceof Element) makeInert(added);
      }
    });
    for (const node of path) observer.observe(node.parentElement!, { childList: true });
    return () => {
      observer.disconnect();
      outside.forEach((element) => element.removeAttribute('inert'));
      // Only on cancel: after a confirm the caller decides where focus goes (the card is gone).
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
      // The modal dialog owns Escape, pending or not: a drawer or modal of the merchant's around it must not close.
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
    // Not a control: it only keeps a click on the backdrop from moving focus out of the dialog.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={overlay}
      data-sc-part="overlay"
      className={c.overlay}
      // No dismiss on an outside click, and focus never leaves for the page behind.
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

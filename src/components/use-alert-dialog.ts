'use client';
import { useRef, type KeyboardEvent } from 'react';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';

/**
 * What makes `<DeleteCardDialog>` an alert dialog (WAI-ARIA APG): shown modal, focus starts on Cancel and Tab stays
 * inside, Escape cancels, and focus goes back where it was on cancel. Returns Cancel's ref, the cancel action and
 * the dialog's key handler.
 */
export function useAlertDialog(
  pending: boolean,
  onCancel: () => void,
  onKeyDown: ((event: KeyboardEvent<HTMLDialogElement>) => void) | undefined,
) {
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const cancelled = useRef(false);

  // A layout effect: the page is inert before the shopper can act, and no longer when the list moves focus on.
  useBrowserLayoutEffect(() => {
    const dialog = cancel.current?.closest('dialog');
    returnTo.current ??= document.activeElement;
    dialog?.showModal();
    cancel.current?.focus();
    return () => {
      // Still in the page here: closed first, or what focus goes back to would still be inert.
      dialog?.close();
      // close() put focus back where it was; only a cancel keeps it there: after a confirm the caller moves focus
      // (to the card that failed, or past the one that left).
      const back = returnTo.current;
      if (back instanceof HTMLElement) {
        if (cancelled.current) back.focus();
        else back.blur();
      }
    };
  }, []);

  function handleCancel() {
    // The request has left: closing now would hide its outcome.
    if (pending) return;
    cancelled.current = true;
    onCancel();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      // Ours, pending or not: a merchant's drawer or modal around it must not close.
      event.preventDefault();
      event.stopPropagation();
      handleCancel();
    } else if (event.key === 'Tab') {
      // Its only controls are Cancel and Confirm, never disabled (pending ones are `aria-disabled`).
      const [first, last] = event.currentTarget.querySelectorAll('button');
      const active = document.activeElement;
      if (event.shiftKey ? active !== last : active === last) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    }
  }

  return [cancel, handleCancel, handleKeyDown] as const;
}

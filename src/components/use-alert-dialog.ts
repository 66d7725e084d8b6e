'use client';
import { useRef, type KeyboardEvent } from 'react';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { inertOutside } from './modal';

/**
 * What makes `<DeleteCardDialog>` an alert dialog (WAI-ARIA APG): focus starts on Cancel and Tab stays inside,
 * Escape cancels, the rest of the page is inert while it is mounted, and focus goes back where it was on cancel.
 * Returns the overlay's and Cancel's refs, the cancel action and the dialog's key handler.
 */
export function useAlertDialog(
  pending: boolean,
  onCancel: () => void,
  onKeyDown: ((event: KeyboardEvent<HTMLDivElement>) => void) | undefined,
) {
  const overlay = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const cancelled = useRef(false);

  // A layout effect, so on close the page is no longer inert when the list's focus owner moves focus on.
  useBrowserLayoutEffect(() => {
    returnTo.current ??= document.activeElement;
    cancel.current?.focus();
    const restore = inertOutside(overlay.current);
    return () => {
      restore();
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
      // Its only controls are Cancel and Confirm, never disabled (pending ones are `aria-disabled`).
      const [first, last] = event.currentTarget.querySelectorAll('button');
      const active = document.activeElement;
      if (event.shiftKey ? active !== last : active === last) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    }
  }

  return [overlay, cancel, handleCancel, handleKeyDown] as const;
}

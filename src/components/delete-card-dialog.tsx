'use client';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { SavedCard } from '../core/card';
import { formatMessage } from '../i18n/messages';
import { cx, useSavedCardsUI } from './context';
import { LiveRegion } from './states';
import { cardName } from './text';
import { useAlertDialog } from './use-alert-dialog';

/** Props of `<DeleteCardDialog>`: the card asked about, what confirm and cancel do, and any `dialog` attribute. */
export interface DeleteCardDialogProps extends HTMLAttributes<HTMLDialogElement> {
  card: SavedCard;
  /** While your delete request runs: both buttons ignore presses, confirm says "Deleting…", Escape does nothing. */
  pending?: boolean;
  onConfirm: (card: SavedCard) => void;
  /** Cancel, or Escape. Focus then returns to where it was when the dialog opened. */
  onCancel: () => void;
}

/**
 * The delete confirmation (WAI-ARIA APG alert dialog), named after the card: a modal `<dialog>` in the top layer,
 * so the browser makes the rest of the page inert and no `overflow` or `z-index` of the page can hide it. Focus
 * starts on Cancel and Tab stays inside, Escape cancels, a click outside does nothing. Render it only while open.
 * Pending buttons are `aria-disabled`, not disabled, so focus stays on the one pressed (as React Aria's do), and the
 * dialog's own live region says "Deleting…": the browser hides every live region outside a modal dialog.
 *
 * @example
 * {confirming && <DeleteCardDialog card={confirming} onConfirm={(card) => deleteCard(card.token)} onCancel={() => setConfirming(null)} />}
 */
export const DeleteCardDialog = forwardRef<HTMLDialogElement, DeleteCardDialogProps>(function DeleteCardDialog(
  { card, pending = false, onConfirm, onCancel, className, onKeyDown, ...props },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  const id = useId();
  const [cancel, handleCancel, handleKeyDown] = useAlertDialog(pending, onCancel, onKeyDown);
  const name = cardName(card, m);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- its keys keep Tab inside (APG)
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={`${id}t`}
      aria-describedby={`${id}d`}
      data-sc-part="dialog"
      data-state={pending ? 'pending' : 'open'}
      className={cx(c.dialog, className)}
      onKeyDown={handleKeyDown}
      // The browser's other close requests (a back gesture): the same cancel, refused while pending.
      onCancel={(event) => {
        event.preventDefault();
        handleCancel();
      }}
      // A press on the backdrop (it hits the dialog) does nothing: focus stays on the button it was on.
      onMouseDown={(event) => event.target === event.currentTarget && event.preventDefault()}
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
          onClick={() => pending || onConfirm(card)}
        >
          {pending ? m.dialogPending : m.dialogConfirm}
        </button>
      </div>
      <LiveRegion message={pending ? m.dialogPending : ''} />
    </dialog>
  );
});

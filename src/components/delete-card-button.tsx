'use client';
import { forwardRef, useId, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import type { SavedCard } from '../core/card';
import { deleteBlockedText } from '../core/display';
import { formatMessage } from '../i18n/messages';
import type { CommonMessages } from '../i18n/types';
import { cx, useSavedCardsUI } from './context';
import { cardName } from './text';

/** Props of `<DeleteCardButton>`: the card it deletes, and any button attribute (forwarded). */
export interface DeleteCardButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  card: SavedCard;
  /** Where you show the blocked reason yourself (`blockedReasonText`): the button is described by it and shows none. */
  reasonId?: string;
}

/** Why the backend will refuse to delete the card, in the backend's own words first; undefined when it will not. */
export function blockedReasonText(card: SavedCard, m: CommonMessages): string | undefined {
  const blocked = card.deleteBlockedReason;
  return (
    blocked &&
    (deleteBlockedText(card) ?? (blocked.code === 'agreement' ? m.deleteBlockedAgreement : m.deleteBlockedOther))
  );
}

/**
 * The delete control of one card, named "Delete Visa ending in 1258". Place it
 * beside the card's option, not inside it. When the backend will refuse
 * (`card.deleteBlockedReason`), it stays focusable but `aria-disabled`, ignores
 * clicks, and shows why in text linked by `aria-describedby`.
 *
 * @example
 * <DeleteCardButton card={card} onClick={() => setConfirming(card)} />
 */
export const DeleteCardButton = forwardRef<HTMLButtonElement, DeleteCardButtonProps>(function DeleteCardButton(
  { card, className, onClick, disabled, reasonId, ...props },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  const id = useId();
  const reason = blockedReasonText(card, m);
  const inactive = Boolean(reason || disabled);
  return (
    <>
      <button
        ref={ref}
        type="button"
        aria-label={formatMessage(m.deleteButtonLabel, { card: cardName(card, m) })}
        aria-disabled={inactive || undefined}
        aria-describedby={reason ? (reasonId ?? id) : undefined}
        data-sc-part="delete"
        className={cx(c.deleteButton, className)}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          if (!inactive) onClick?.(event);
        }}
        {...props}
      >
        {m.deleteButton}
      </button>
      {reason && !reasonId && (
        <span id={id} data-sc-part="blocked-reason" className={c.blockedReason}>
          <bdi>{reason}</bdi>
        </span>
      )}
    </>
  );
});

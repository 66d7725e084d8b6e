'use client';
import { memo, useCallback, useId, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { holderText } from '../core/display';
import { formatMessage } from '../i18n/messages';
import { cardState, type CardOptionState } from './card-option';
import { CardSummary } from './card-summary';
import { useAccountMessages, useSavedCardsUI } from './context';
import { blockedReasonText } from './delete-card-button';
import { ManageCardActions, type ManageRowShared } from './manage-card-actions';
import { cardBrandName } from './text';

/** A managed card's shown state, as in `data-state`: a card's own, or `saving` while its change is in flight. */
export type ManageCardState = CardOptionState | 'saving';

interface ManageCardRowProps {
  card: SavedCard;
  /** A change (new default or name) of this card is in flight. */
  saving: boolean;
  deleting: boolean;
  /** Its last change or delete failed: said in the row, next to the card it is about. */
  failure: ReactNode;
  shared: ManageRowShared;
}

/**
 * One card of `<ManageSavedCards>`: its mark, name, number, expiry and badges, and beside them its actions in
 * a group named for the card. Rename swaps the actions for an inline field. Memoized: a change to one card
 * re-renders that row only.
 */
export const ManageCardRow = memo(function ManageCardRow(props: ManageCardRowProps) {
  const { card, saving, deleting, failure, shared } = props;
  const { classNames: c } = useSavedCardsUI();
  const m = useAccountMessages();
  const id = useId();
  const { register } = shared;
  const ref = useCallback((element: HTMLLIElement | null) => register(card.token, element), [register, card.token]);
  const busy = saving || deleting;
  const state: ManageCardState = deleting ? 'deleting' : saving ? 'saving' : cardState(card);
  const holder = holderText({ holderName: card.holderName });
  const holderId = holder ? `${id}h` : undefined;
  const reason = shared.capabilities.delete ? blockedReasonText(card, m) : undefined;
  return (
    <li ref={ref} tabIndex={-1} data-sc-part="row" data-state={state} data-brand={card.brand} className={c.row}>
      <div data-sc-part="summary" aria-busy={busy || undefined}>
        <CardSummary
          card={card}
          title={<ManageCardTitle card={card} />}
          holder={
            holder && (
              <bdi id={holderId} data-sc-part="holder" className={c.holder}>
                {holder}
              </bdi>
            )
          }
          status={busy && (deleting ? m.cardDeleting : m.cardSaving)}
        />
      </div>
      <ManageCardActions
        card={card}
        busy={busy}
        reason={reason}
        reasonId={`${id}r`}
        holderId={holderId}
        shared={shared}
      />
      {reason && (
        // Under the card's text, the row's whole width; it describes Delete, inline or in the menu.
        <span id={`${id}r`} data-sc-part="blocked-reason" className={c.blockedReason}>
          <bdi>{reason}</bdi>
        </span>
      )}
      {failure && (
        <p role="alert" data-sc-part="alert">
          {failure}
        </p>
      )}
    </li>
  );
});

/** A managed card's title: its nickname (then its brand) or its brand, and its masked number. */
function ManageCardTitle({ card }: { card: SavedCard }) {
  const { classNames: c } = useSavedCardsUI();
  const m = useAccountMessages();
  const nickname = holderText({ nickname: card.nickname });
  return (
    <>
      <span data-sc-part="title">
        {nickname ? <bdi data-sc-part="nickname">{nickname}</bdi> : cardBrandName(card, m)}
      </span>
      {nickname && <span data-sc-part="brand-name">{cardBrandName(card, m)}</span>}
      {card.last4 !== undefined && (
        <span data-sc-part="number" dir="ltr" className={c.number}>
          {formatMessage(m.maskedNumber, { last4: card.last4 })}
        </span>
      )}
    </>
  );
}

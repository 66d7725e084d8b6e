'use client';
import { useId, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { formatMessage } from '../i18n/messages';
import { useSavedCardsUI } from './context';
import { Contained } from './payment-option';
import { cardName } from './text';

/** What `renderCvc` gets to wire the provider's hosted CVC field: its label, its description, its completeness. */
export interface CvcField {
  /** Give the field `aria-labelledby={labelId}` (the place's label: "Security code for Visa ending in 4242"). */
  labelId: string;
  /** Give the field `aria-describedby={descriptionId}` (where to find the code). */
  descriptionId: string;
  /** Tell the kit when the field is complete or not; the digits stay in the provider's field. */
  onCompleteChange(complete: boolean): void;
}

export interface CvcPlaceProps {
  card: SavedCard;
  renderCvc: (card: SavedCard, field: CvcField) => ReactNode;
  onCompleteChange: (complete: boolean) => void;
  onError: ((error: unknown) => void) | undefined;
}

/** The labelled place right after the chosen card, outside its radio, where the provider's CVC field goes. */
export function CvcPlace({ card, renderCvc, onCompleteChange, onError }: CvcPlaceProps) {
  const { messages: m } = useSavedCardsUI();
  const id = useId();
  const labelId = `${id}l`;
  const descriptionId = `${id}d`;
  const field: CvcField = { labelId, descriptionId, onCompleteChange };
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={descriptionId} data-sc-part="cvc">
      <span id={labelId} data-sc-part="cvc-label">
        {formatMessage(m.cvcLabel, { card: cardName(card, m) })}
      </span>
      <span id={descriptionId} data-sc-part="cvc-description">
        {card.brand === 'amex' ? m.cvcWhereAmex : m.cvcWhere}
      </span>
      <Contained key={card.token} render={() => renderCvc(card, field)} onError={onError} />
    </div>
  );
}

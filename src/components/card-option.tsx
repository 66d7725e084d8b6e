'use client';
import { forwardRef, useId, type HTMLAttributes, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { holderText } from '../core/display';
import { formatMessage } from '../i18n/messages';
import { CardSummary } from './card-summary';
import type { CommonMessages } from '../i18n/types';
import { cx, useSavedCardsUI, type SavedCardsClassNames } from './context';
import { cardAccessibleName, cardBrandName, cardName } from './text';

/** A card's shown state, as in `data-state`. */
export type CardOptionState = 'active' | 'expiring' | 'expired' | 'deleting';

/**
 * Props of {@link CardOption}: the card, whether it is checked or being deleted, `onSelect`, and your own content
 * or mark. Any other attribute goes on the radio's `<div>`; your `onClick` and `onKeyDown` run first.
 *
 * @example
 * const props: CardOptionProps = { card, checked: true, tabIndex: 0, onSelect: (card) => setSelected(card.token) };
 */
export interface CardOptionProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSelect'> {
  card: SavedCard;
  checked?: boolean;
  /** Its delete is in flight: shown as `data-state="deleting"` and not selectable. */
  deleting?: boolean;
  /** Called on click or Space; never for an expired or deleting card. */
  onSelect?: (card: SavedCard) => void;
  /** Replaces the inner content; the option keeps its role, name, state and keyboard behaviour. */
  children?: ReactNode;
  /** Your own mark in place of the kit's (decorative: mark it `aria-hidden`). */
  mark?: ReactNode;
  /**
   * Set where the page hosts the provider's CVC field after the chosen card: the card's description then says only
   * whether it needs its security code (the place says the rest). Unset: the card needing one shows a hint when checked.
   */
  needsCvc?: boolean;
}

/** The `data-state` of a card. */
export function cardState(card: SavedCard, deleting = false): CardOptionState {
  if (deleting) return 'deleting';
  if (card.isExpired) return 'expired';
  return card.isExpiringSoon ? 'expiring' : 'active';
}

/**
 * One card as a radio option (`role="radio"`), named like "Visa ending in 1258, expires 05/37".
 * Put it in a {@link CardList}; give the selected one (or the first usable one) `tabIndex={0}`, the rest -1.
 *
 * A click or Space on a control inside your `children` is that control's, not a choice of the card.
 *
 * @example
 * <CardOption card={card} checked={card.token === selected} tabIndex={0} onSelect={(card) => setSelected(card.token)} />
 */
export const CardOption = forwardRef<HTMLDivElement, CardOptionProps>(function CardOption(
  {
    card,
    checked = false,
    deleting = false,
    onSelect,
    children,
    mark,
    needsCvc,
    className,
    onClick,
    onKeyDown,
    tabIndex = -1,
    ...props
  },
  ref,
) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  const id = useId();
  const disabled = card.isExpired || deleting;
  const custom = children !== undefined;
  const holder = custom ? undefined : holderText(card);
  const describedBy = custom ? undefined : cx(holder && `${id}h`, cvcNote(card, needsCvc) && `${id}c`);
  const select = () => disabled || onSelect?.(card);
  return (
    <div
      ref={ref}
      role="radio"
      tabIndex={tabIndex}
      aria-checked={checked}
      aria-disabled={disabled || undefined}
      aria-busy={deleting || undefined}
      aria-label={cardAccessibleName(card, m)}
      aria-describedby={describedBy}
      data-sc-part="card"
      data-state={cardState(card, deleting)}
      data-brand={card.brand}
      data-selected={checked || undefined}
      className={cx(c.card, className)}
      onClick={(event: MouseEvent<HTMLDivElement>) => {
        onClick?.(event);
        const control = (event.target as Element).closest('a,button,input,select,textarea,[tabindex]');
        const inner = control !== event.currentTarget && event.currentTarget.contains(control);
        if (!event.defaultPrevented && !inner) select();
      }}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        onKeyDown?.(event);
        if (event.defaultPrevented || event.key !== ' ' || event.target !== event.currentTarget) return;
        event.preventDefault();
        select();
      }}
      {...props}
    >
      {custom ? children : cardOptionContent(card, id, holder, mark, checked, deleting, needsCvc, m, c)}
    </div>
  );
});

/** Whether the card says whether it needs its security code; to a screen reader only where the checkout asks for codes. */
const cvcNote = (card: SavedCard, needsCvc: boolean | undefined) =>
  !card.isExpired && ((needsCvc ?? card.cvvRequired) || needsCvc === false);

/** The kit's content of a card option; the holder and the security-code hint describe the option (by `id`). */
function cardOptionContent(
  card: SavedCard,
  id: string,
  holder: string | undefined,
  mark: ReactNode,
  checked: boolean,
  deleting: boolean,
  needsCvc: boolean | undefined,
  m: CommonMessages,
  c: SavedCardsClassNames,
) {
  return (
    <CardSummary
      card={card}
      mark={mark}
      title={
        // The brand and masked number, or the card's name when the backend gave no last 4.
        <span data-sc-part="title">
          {card.last4 === undefined ? (
            cardName(card, m)
          ) : (
            <>
              <span data-sc-part="brand-name">{cardBrandName(card, m)}</span>{' '}
              <span data-sc-part="number" dir="ltr" className={c.number}>
                {formatMessage(m.maskedNumber, { last4: card.last4 })}
              </span>
            </>
          )}
        </span>
      }
      holder={
        holder && (
          <span id={`${id}h`} data-sc-part="holder" className={c.holder}>
            {holder}
          </span>
        )
      }
      status={deleting && m.cardDeleting}
    >
      {cvcNote(card, needsCvc) && (
        // Shown on the chosen card only, unless the CVC place after it speaks; the others keep it as their
        // description (a hidden node still describes).
        <span id={`${id}c`} data-sc-part="cvv-hint" hidden={!checked || needsCvc !== undefined} className={c.cvvHint}>
          {(needsCvc ?? card.cvvRequired) ? m.cvvHint : m.cvcNotNeeded}
        </span>
      )}
    </CardSummary>
  );
}

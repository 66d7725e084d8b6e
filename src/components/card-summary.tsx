'use client';
import type { ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { formatCardExpiry } from '../core/expiry';
import { brandMark } from './brand-mark';
import { useSavedCardsUI } from './context';
import { fillNodes } from './text';

interface CardSummaryProps {
  card: SavedCard;
  /** The title part(s): the checkout names the card in one line, manage leads with its nickname. */
  title: ReactNode;
  holder?: ReactNode;
  /** While a delete or change is in flight: "Deleting…", "Saving…". */
  status?: string | false | undefined;
  /** Your own mark in place of the kit's. */
  mark?: ReactNode;
  /** After the badges, e.g. the CVV hint. */
  children?: ReactNode;
}

/** What both views show of a card: its mark(s), then title, expiry, holder, status and badges. */
export function CardSummary({ card, title, holder, status, mark, children }: CardSummaryProps) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  const expiry = formatCardExpiry(card);
  const badge = (shown: boolean | undefined, text: string, kind: string) =>
    shown && (
      <span data-sc-part="badge" data-kind={kind} className={c.badge}>
        {text}
      </span>
    );
  return (
    <>
      {mark ??
        (card.networks ? (
          // A co-badged card shows each network's mark, side by side.
          <span data-sc-part="marks">
            {card.networks.map((brand) => brandMark(brand, { key: brand, className: c.brand }))}
          </span>
        ) : (
          brandMark(card.brand, { className: c.brand })
        ))}
      <span data-sc-part="details">
        {title}
        {expiry !== undefined && (
          <span data-sc-part="expiry" className={c.expiry}>
            {fillNodes(m.expiry, { expiry: <bdi dir="ltr">{expiry}</bdi> })}
          </span>
        )}
        {holder}
        {status && <span data-sc-part="status">{status}</span>}
        {badge(card.isPreferred, m.badgePreferred, 'preferred')}
        {badge(card.isExpired, m.badgeExpired, 'expired')}
        {badge(card.isExpiringSoon, m.badgeExpiringSoon, 'expiring')}
        {children}
      </span>
    </>
  );
}

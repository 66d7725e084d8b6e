import { Fragment, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { formatCardExpiry } from '../core/expiry';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';

/** The brand's name, or a co-badged card's networks' names: "mada / Visa". */
export function brandName(card: SavedCard, messages: SavedCardsMessages): string {
  return card.networks ? card.networks.map((network) => messages.brands[network]).join(messages.networksSeparator) : messages.brands[card.brand];
}

/** "Visa ending in 1258", or "Visa card" when the backend sent no number ("Card" for an unknown brand). */
export function cardName(card: SavedCard, messages: SavedCardsMessages): string {
  const brand = brandName(card, messages);
  if (card.last4 !== undefined) return formatMessage(messages.cardName, { brand, last4: card.last4 });
  return card.brand === 'unknown' ? brand : formatMessage(messages.cardNameWithoutNumber, { brand });
}

/** "Visa ending in 1258, expires 05/37, expires soon, preferred"; a card without an expiry names none. */
export function cardAccessibleName(card: SavedCard, messages: SavedCardsMessages): string {
  const expiry = formatCardExpiry(card);
  const parts = [cardName(card, messages), ...(expiry === undefined ? [] : [formatMessage(messages.cardExpires, { expiry })])];
  if (card.isExpired) parts.push(messages.cardExpired);
  else if (card.isExpiringSoon) parts.push(messages.cardExpiringSoon);
  if (card.isPreferred) parts.push(messages.cardPreferred);
  return parts.join(messages.separator);
}

/** Fills placeholders with nodes, e.g. digits isolated left to right inside Arabic text. */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode[] {
  return template.split(/\{(\w+)\}/).map((part, index) => {
    if (index % 2 === 0) return part;
    return Object.hasOwn(values, part) ? <Fragment key={index}>{values[part]}</Fragment> : `{${part}}`;
  });
}

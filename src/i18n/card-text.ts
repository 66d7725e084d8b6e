import type { CardBrand } from '../core/brands';
import type { SavedCard } from '../core/card';
import { formatCardExpiry } from '../core/expiry';
import { enCommon } from './en-common';
import { formatMessage } from './messages';
import type { CommonMessages } from './types';

/**
 * A brand's display name ("Visa", "American Express", "Card" for an unknown one), in English unless
 * `messages` says otherwise.
 *
 * @example
 * brandName('amex'); // 'American Express'
 */
export function brandName(brand: CardBrand, messages: CommonMessages = enCommon): string {
  return messages.brands[brand];
}

/**
 * The card's brand name, or a co-badged card's networks' names: "mada / Visa".
 *
 * @example
 * cardBrandName(card); // 'mada / Visa'
 */
export function cardBrandName(card: SavedCard, messages: CommonMessages = enCommon): string {
  return card.networks
    ? card.networks.map((network) => messages.brands[network]).join(messages.networksSeparator)
    : messages.brands[card.brand];
}

/**
 * "Visa ending in 1258", or "Visa card" when the backend sent no number ("Card" for an unknown brand).
 *
 * @example
 * cardName(card); // 'Visa ending in 1258'
 */
export function cardName(card: SavedCard, messages: CommonMessages = enCommon): string {
  const brand = cardBrandName(card, messages);
  if (card.last4 !== undefined) return formatMessage(messages.cardName, { brand, last4: card.last4 });
  return card.brand === 'unknown' ? brand : formatMessage(messages.cardNameWithoutNumber, { brand });
}

/**
 * "Visa ending in 1258, expires 05/37, expires soon, preferred"; a card without an expiry names none.
 * The accessible name of a card's radio, for a headless picker.
 *
 * @example
 * <input type="radio" aria-label={cardAccessibleName(card)} />
 */
export function cardAccessibleName(card: SavedCard, messages: CommonMessages = enCommon): string {
  const expiry = formatCardExpiry(card);
  const parts = [
    cardName(card, messages),
    ...(expiry === undefined ? [] : [formatMessage(messages.cardExpires, { expiry })]),
  ];
  if (card.isExpired) parts.push(messages.cardExpired);
  else if (card.isExpiringSoon) parts.push(messages.cardExpiringSoon);
  if (card.isPreferred) parts.push(messages.cardPreferred);
  return parts.join(messages.separator);
}

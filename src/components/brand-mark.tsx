import { forwardRef, type HTMLAttributes } from 'react';
import type { CardBrand } from '../core/brands';

// The short wordmark in each brand's mark, drawn by styles.css from `data-mark` on the brand's
// colour (`--sc-brand`, set per `data-brand`). The generic card has none.
const WORDMARKS: Record<CardBrand, string> = {
  visa: 'VISA',
  mastercard: 'MC',
  amex: 'AMEX',
  discover: 'DISC',
  diners: 'DC',
  jcb: 'JCB',
  unionpay: 'UP',
  maestro: 'MAE',
  mada: 'mada',
  knet: 'KNET',
  meeza: 'MZ',
  rupay: 'RP',
  elo: 'elo',
  hipercard: 'HC',
  cartes_bancaires: 'CB',
  unknown: '',
};

export interface BrandMarkProps extends HTMLAttributes<HTMLSpanElement> {
  brand: CardBrand;
}

function markAttributes(brand: CardBrand) {
  return { 'aria-hidden': true, 'data-sc-part': 'brand', 'data-brand': brand, 'data-mark': WORDMARKS[brand] || undefined } as const;
}

/** The mark's element, for rows that render it without a component of their own (1,000 cards, one fiber less each). */
export function brandMark(brand: CardBrand, className?: string) {
  return <span {...markAttributes(brand)} className={className} />;
}

/**
 * A small mark for a card brand (its wordmark on the brand's colour), or a generic card.
 * Decorative: the brand's name is always in the card's accessible text. One empty element,
 * no image or SVG: `react-saved-cards/styles.css` draws it inside `<SavedCards>` (or any
 * `[data-sc-root]`), so unstyled it shows nothing.
 *
 * @example
 * <BrandMark brand="visa" />
 */
export const BrandMark = forwardRef<HTMLSpanElement, BrandMarkProps>(function BrandMark({ brand, ...props }, ref) {
  return <span ref={ref} {...markAttributes(brand)} {...props} />;
});

import { forwardRef, type HTMLAttributes } from 'react';
import type { CardBrand } from '../core/brands';

// The short wordmark drawn in each brand's mark; its colour comes from styles.css
// (`[data-sc-part="brand"][data-brand="visa"]`). The generic card has none.
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

/** The mark's element, for rows that render it without a component of their own (1,000 cards, one fiber less each). */
export function brandMark(brand: CardBrand, className?: string) {
  return (
    <span aria-hidden="true" data-sc-part="brand" data-brand={brand} className={className}>
      {WORDMARKS[brand]}
    </span>
  );
}

/**
 * A small mark for a card brand (its wordmark on the brand's colour), or a generic card.
 * Decorative: the brand's name is always in the card's accessible text. One element, no
 * image or SVG; the colours come from `react-saved-cards/styles.css`.
 *
 * @example
 * <BrandMark brand="visa" />
 */
export const BrandMark = forwardRef<HTMLSpanElement, BrandMarkProps>(function BrandMark({ brand, ...props }, ref) {
  return (
    <span ref={ref} aria-hidden="true" data-sc-part="brand" data-brand={brand} {...props}>
      {WORDMARKS[brand]}
    </span>
  );
});

import { forwardRef, type SVGProps } from 'react';
import type { CardBrand } from '../core/brands';

// [background, wordmark]; white text on every background passes 4.5:1.
const MARKS: Record<Exclude<CardBrand, 'unknown'>, [string, string]> = {
  visa: ['#1a1f71', 'VISA'],
  mastercard: ['#222', 'MC'],
  amex: ['#0061b5', 'AMEX'],
  discover: ['#9a3c00', 'DISC'],
  diners: ['#004a97', 'DC'],
  jcb: ['#0b6b3a', 'JCB'],
  unionpay: ['#a6192e', 'UP'],
  maestro: ['#1d4f91', 'MAE'],
  mada: ['#005e7a', 'mada'],
  knet: ['#003e7e', 'KNET'],
  meeza: ['#7b1e3a', 'MZ'],
  rupay: ['#0d5f37', 'RP'],
  elo: ['#111', 'elo'],
  hipercard: ['#b3131b', 'HC'],
  cartes_bancaires: ['#0a5581', 'CB'],
};

export interface BrandMarkProps extends SVGProps<SVGSVGElement> {
  brand: CardBrand;
}

/**
 * A small inline mark for a card brand, or a generic card. Decorative: the
 * brand's name is always in the card's accessible text.
 *
 * @example
 * <BrandMark brand="visa" />
 */
export const BrandMark = forwardRef<SVGSVGElement, BrandMarkProps>(function BrandMark({ brand, ...props }, ref) {
  const mark = brand === 'unknown' ? undefined : MARKS[brand];
  return (
    <svg
      ref={ref}
      viewBox="0 0 32 20"
      width="32"
      height="20"
      aria-hidden="true"
      focusable="false"
      data-sc-part="brand"
      data-brand={brand}
      {...props}
    >
      <rect width="32" height="20" rx="3" fill={mark ? mark[0] : '#4b5563'} />
      {mark ? (
        <text x="16" y="13.5" fill="#fff" fontFamily="Arial,sans-serif" fontSize="8" fontWeight="700" textAnchor="middle">
          {mark[1]}
        </text>
      ) : (
        <rect y="5" width="32" height="3" fill="#fff" />
      )}
    </svg>
  );
});

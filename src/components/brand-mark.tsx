import { forwardRef, type SVGProps } from 'react';
import type { CardBrand } from '../core/brands';

// Each mark, simplified to a 40×26 card: [background, wordmark, wordmark colour, circles ([x, colour])].
// Data, not markup: one drawing function reads the table, so all marks together stay well under 3 KB gzip.
type Mark = readonly [
  background: string,
  wordmark?: string,
  color?: string,
  circles?: readonly (readonly [number, string])[],
];

const MARKS: Record<CardBrand, Mark> = {
  visa: ['#fff', 'VISA', '#1a1f71'],
  mastercard: [
    '#fff',
    '',
    '',
    [
      [15, '#eb001b'],
      [25, '#f79e1b'],
    ],
  ],
  amex: ['#006fcf', 'AMEX', '#fff'],
  discover: ['#fff', 'DISCOVER', '#231f20'],
  diners: [
    '#fff',
    '',
    '',
    [
      [17, '#0079be'],
      [23, '#0079be'],
    ],
  ],
  jcb: ['#fff', 'JCB', '#0e4c96'],
  unionpay: ['#e21836', 'UnionPay', '#fff'],
  maestro: [
    '#fff',
    '',
    '',
    [
      [15, '#eb001b'],
      [25, '#00a2e5'],
    ],
  ],
  mada: ['#fff', 'mada', '#004b8d'],
  knet: ['#003e7e', 'KNET', '#fff'],
  meeza: ['#7b1e3a', 'meeza', '#fff'],
  rupay: ['#fff', 'RuPay', '#097a44'],
  elo: ['#000', 'elo', '#fff', [[33, '#ffcb05']]],
  hipercard: ['#b3131b', 'Hipercard', '#fff'],
  cartes_bancaires: ['#005a8c', 'CB', '#fff'],
  unknown: ['#6b7280'],
};

/** Props of `<BrandMark>`: the card's brand, and any SVG attribute (forwarded; the mark stays `aria-hidden`). */
export interface BrandMarkProps extends SVGProps<SVGSVGElement> {
  brand: CardBrand;
}

/** The mark's element, for rows that render it without a component of their own (1,000 cards, one fiber less each). */
export function brandMark(brand: CardBrand, props?: SVGProps<SVGSVGElement>) {
  const [background, wordmark, color, circles] = MARKS[brand];
  return (
    <svg
      aria-hidden
      focusable="false"
      data-sc-part="brand"
      data-brand={brand}
      viewBox="0 0 40 26"
      width="40"
      height="26"
      {...props}
    >
      {/* The grey edge keeps a white mark apart from a light page and a black one from a dark page. */}
      <rect x=".5" y=".5" width="39" height="25" rx="3.5" fill={background} stroke="#8888" />
      {circles?.map(([x, fill]) => (
        <circle key={x} cx={x} cy="13" r="7.5" fill={fill} fillOpacity=".85" />
      ))}
      {wordmark ? (
        <text
          x="20"
          y="17"
          fill={color}
          fontFamily="Arial,sans-serif"
          fontSize={wordmark.length > 4 ? 7.5 : 10}
          fontWeight="700"
          textAnchor="middle"
        >
          {wordmark}
        </text>
      ) : (
        brand === 'unknown' && <path d="M1 7h38v4H1z" fill="#fff" />
      )}
    </svg>
  );
}

/**
 * A small inline SVG mark for a card brand, or a generic card. Decorative (`aria-hidden`):
 * the brand's name is always in the card's accessible text. Nothing is fetched and no data URI
 * is used, so a strict Content-Security-Policy lets it through.
 *
 * @example
 * <BrandMark brand="visa" />
 */
export const BrandMark = /* @__PURE__ */ forwardRef<SVGSVGElement, BrandMarkProps>(function BrandMark(
  { brand, ...props },
  ref,
) {
  return brandMark(brand, { ...props, ref });
});

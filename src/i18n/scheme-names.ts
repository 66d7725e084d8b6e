import type { CardBrand } from '../core/brands';

/**
 * The card schemes' names as each scheme writes them, which the translated catalogues keep as they
 * are (a catalogue adds its own word for an unknown card, and may use a scheme's own local name:
 * 银联 for UnionPay in Chinese).
 */
export const schemeNames: Omit<Record<CardBrand, string>, 'unknown'> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  maestro: 'Maestro',
  mada: 'mada',
  knet: 'KNET',
  meeza: 'Meeza',
  rupay: 'RuPay',
  elo: 'Elo',
  hipercard: 'Hipercard',
  cartes_bancaires: 'Carte Bancaire',
};

/** Every card brand the kit knows. Anything a backend sends that is not recognised becomes `unknown`. */
export const CARD_BRANDS = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'diners',
  'jcb',
  'unionpay',
  'maestro',
  'mada',
  'knet',
  'meeza',
  'rupay',
  'elo',
  'hipercard',
  'cartes_bancaires',
  'unknown',
] as const;

/** A lowercase brand id from {@link CARD_BRANDS}. */
export type CardBrand = (typeof CARD_BRANDS)[number];

// Keys are compared after lowercasing and removing everything but letters, so
// "MasterCard", "MASTER_CARD" and "master card" all meet "mastercard".
const BRAND_ALIASES: Readonly<Record<string, CardBrand>> = {
  visa: 'visa',
  visaelectron: 'visa',
  electron: 'visa',
  mastercard: 'mastercard',
  master: 'mastercard',
  mc: 'mastercard',
  amex: 'amex',
  americanexpress: 'amex',
  discover: 'discover',
  diners: 'diners',
  dinersclub: 'diners',
  dinersclubinternational: 'diners',
  jcb: 'jcb',
  unionpay: 'unionpay',
  chinaunionpay: 'unionpay',
  cup: 'unionpay',
  maestro: 'maestro',
  mada: 'mada',
  knet: 'knet',
  meeza: 'meeza',
  rupay: 'rupay',
  elo: 'elo',
  hipercard: 'hipercard',
  cartesbancaires: 'cartes_bancaires',
  cb: 'cartes_bancaires',
};

/**
 * Maps whatever a backend calls a brand onto the allowlist.
 *
 * @example
 * normalizeBrand('American Express'); // 'amex'
 * normalizeBrand('javascript:alert(1)'); // 'unknown'
 */
export function normalizeBrand(raw: unknown): CardBrand {
  if (typeof raw !== 'string' || raw.length > 40) return 'unknown';
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  return Object.hasOwn(BRAND_ALIASES, key) ? (BRAND_ALIASES[key] as CardBrand) : 'unknown';
}

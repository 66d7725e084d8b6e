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

// Other names backends use, compared as lowercase letters only ("MASTER_CARD" meets "mastercard"); a brand's
// own id needs no entry.
const BRAND_ALIASES: Readonly<Record<string, CardBrand>> = {
  visaelectron: 'visa',
  electron: 'visa',
  master: 'mastercard',
  mc: 'mastercard',
  // PayU India's network codes (its iOS SDK's ISSUER_* constants): MAST, DINR, MAES, SMAE (SBI Maestro).
  mast: 'mastercard',
  dinr: 'diners',
  maes: 'maestro',
  smae: 'maestro',
  americanexpress: 'amex',
  dinersclub: 'diners',
  dinersclubinternational: 'diners',
  chinaunionpay: 'unionpay',
  cup: 'unionpay',
  cb: 'cartes_bancaires',
};

// Every name a brand answers to, built once. A Map has no prototype: "constructor" or "toString" is no brand.
const BRAND_LOOKUP = new Map<string, CardBrand>([
  ...CARD_BRANDS.map((brand) => [brand.replace('_', ''), brand] as const),
  ...Object.entries(BRAND_ALIASES),
]);

/**
 * A co-badged card's networks as brand ids, in the backend's order, each once; none when it names none the kit knows.
 *
 * @example
 * normalizeNetworks(['MADA', 'Visa', 'nonsense']); // ['mada', 'visa']
 */
export function normalizeNetworks(names: unknown): CardBrand[] | undefined {
  if (!Array.isArray(names)) return undefined;
  const brands = [...new Set(names.slice(0, 8).map(normalizeBrand))].filter((brand) => brand !== 'unknown');
  return brands.length ? brands : undefined;
}

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
  return BRAND_LOOKUP.get(key) ?? 'unknown';
}

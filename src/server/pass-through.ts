import { last4FromNumber } from '../core/masking';
import { scrubSecrets } from './provider-request';

// Compared after lowercasing and removing "_": network/issuer tokens look exactly like
// card numbers, and a BIN is 6-9 leading digits of one.
const DROPPED_KEYS = new Set(['networktoken', 'issuertoken', 'cardbin', 'tokenbin', 'bin', 'cardisin']);
const ACCOUNT_REFERENCE_KEYS = new Set(['par', 'cardpar']);
// Ottu's `number`, PayU's `cardNo` / `card_no`: a whole number or a mask that shows the BIN must not pass.
const CARD_NUMBER_KEYS = new Set(['number', 'cardno']);
const MAX_DEPTH = 12;

function keyName(key: string): string {
  return key.toLowerCase().replace(/_/g, '');
}

/** The card number as a mask holding only its last 4 digits; `undefined` when it has no 4 trailing digits. */
function maskedNumber(raw: unknown): string | undefined {
  const result = last4FromNumber(raw);
  return result && `XXXXXXXXXXXX${result.last4}`;
}

/**
 * The provider's own answer made safe for a browser: network and issuer tokens
 * and BINs removed, card numbers masked to their last 4 digits, PARs replaced by
 * an opaque reference, secrets scrubbed from every string. Keys, order and
 * everything else are kept, so `ottuAdapter()` or `payuAdapter()` read it in
 * the browser as they would read the provider.
 */
export async function sanitizeProviderAnswer(
  value: unknown,
  secrets: readonly string[],
  reference: (par: string) => Promise<string>,
  depth = 0,
): Promise<unknown> {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    return Promise.all(value.map((item) => sanitizeProviderAnswer(item, secrets, reference, depth + 1)));
  }
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = keyName(key);
    if (DROPPED_KEYS.has(name)) continue;
    let safe: unknown;
    if (CARD_NUMBER_KEYS.has(name)) {
      safe = maskedNumber(item);
      // Without 4 trailing digits it is dropped, and the browser's adapter reports the card as malformed.
      if (safe === undefined) continue;
    } else if (ACCOUNT_REFERENCE_KEYS.has(name)) {
      safe = typeof item === 'string' && item.trim() !== '' ? await reference(item.trim()) : null;
    } else {
      safe = await sanitizeProviderAnswer(item, secrets, reference, depth + 1);
    }
    // defineProperty, so a "__proto__" key stays data.
    Object.defineProperty(result, scrubSecrets(key, secrets), { value: safe, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

import type { DeleteBlockedReason, SavedCardsCapabilities } from '../core/card';
import { SavedCardsError } from '../core/errors';
import { isRecord, pick, readCards, textOf, type FieldTable } from './read';
import type { SavedCardsAdapter } from './types';

/**
 * One card of the kit's JSON contract, as `GET {endpoint}` answers it in `{ "cards": [...] }`.
 * Only `token` is required; the browser skips a card whose fields cannot be read.
 */
export interface SavedCardsJsonCard {
  token: string;
  brand?: string;
  /** The last 4 digits (or a masked number); never the full number. */
  last4?: string;
  maskedNumber?: string;
  expiryMonth?: number | string;
  expiryYear?: number | string;
  isExpired?: boolean;
  isPreferred?: boolean;
  expiresSoon?: boolean;
  holderName?: string;
  nickname?: string;
  funding?: string;
  cvvRequired?: boolean;
  gateway?: string;
  /** A co-badged card's networks, such as `['mada', 'visa']`; one known network is no co-badging. */
  networks?: string[];
  /** Why a delete would be refused (e.g. an auto-debit agreement uses the card). */
  deleteBlocked?: boolean | { code?: string; message?: string };
  /** One value per physical card, shared by its tokens: how the browser groups duplicates. */
  accountReference?: string;
}

function blockedReason(value: unknown): DeleteBlockedReason | undefined {
  if (value === true) return { code: 'other' };
  if (!isRecord(value)) return undefined;
  const message = textOf(value, 'message');
  return { code: pick(value, 'code') === 'agreement' ? 'agreement' : 'other', ...(message && { message }) };
}

const CAPABILITIES = ['delete', 'setDefault', 'rename'] as const;

/** The capabilities the answer states as booleans; anything else is left to the defaults. */
function capabilitiesOf(body: unknown): Partial<SavedCardsCapabilities> {
  const value = pick(body, 'capabilities');
  return Object.fromEntries(
    CAPABILITIES.flatMap((name) => (typeof pick(value, name) === 'boolean' ? [[name, pick(value, name)]] : [])),
  );
}

/** Where the JSON contract keeps each kit field: its names are `SavedCardsJsonCard`'s (a type test holds them together). */
export const JSON_FIELDS = {
  token: 'token',
  brand: 'brand',
  number: ['last4', 'maskedNumber'],
  expiryMonth: 'expiryMonth',
  expiryYear: 'expiryYear',
  isExpired: 'isExpired',
  isPreferred: 'isPreferred',
  expiresSoon: 'expiresSoon',
  holderName: 'holderName',
  nickname: 'nickname',
  funding: 'funding',
  cvvRequired: 'cvvRequired',
  gateway: 'gateway',
  networks: 'networks',
  accountReference: 'accountReference',
} as const satisfies FieldTable;

/**
 * The kit's own contract, and the default: `GET` answers `{ "cards", "capabilities"? }`, `DELETE` and `PATCH
 * {endpoint}/{token}` 204 or 200, errors `{ "error": { "code", "message" } }` (`"rejected"`: refused). See the README.
 *
 * @example
 * createSavedCardsClient({ endpoint: '/api/saved-cards', adapter: jsonAdapter() });
 */
export function jsonAdapter(): SavedCardsAdapter {
  return {
    name: 'json',
    parseList(body) {
      const cards = pick(body, 'cards');
      if (!Array.isArray(cards)) throw new SavedCardsError('invalid-response');
      const read = readCards(cards, JSON_FIELDS, (card) => ({
        deleteBlockedReason: blockedReason(pick(card, 'deleteBlocked')),
      }));
      return { cards: read, capabilities: capabilitiesOf(body) };
    },
    deleteRequest: (token) => ({ method: 'DELETE', path: `/${token}` }),
    updateRequest: (token) => ({ method: 'PATCH', path: `/${token}` }),
    parseError(_status, body) {
      const error = pick(body, 'error');
      const reason = textOf(error, 'message') ?? textOf(body, 'message');
      const rejected = textOf(error, 'code') === 'rejected';
      return { ...(rejected && { kind: 'rejected' as const }), ...(reason && { reason }) };
    },
  };
}

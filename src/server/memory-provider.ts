import { JSON_FIELDS, jsonAdapter, type SavedCardsJsonCard } from '../adapters/json';
import { isRecord } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import { checkCard } from '../core/check-card';
import type { PaymentProvider } from './provider';

/** Trouble to rehearse against, for development and tests. */
export interface MemoryProviderFaults {
  /** Every call waits this long (ms) before it answers; an aborted call stops waiting. */
  latencyMs?: number;
  /** Tokens whose delete the "provider" refuses, each with the reason shown to the shopper. */
  refuseDelete?: Readonly<Record<string, string>>;
}

/** What `memoryProvider` starts with: each customer's cards, in the JSON contract's shape (for tests and demos). */
export interface MemoryProviderOptions {
  /** Each customer's cards, keyed by customer id, in the kit's JSON contract. Copied; deletes change the copy. */
  cards: Readonly<Record<string, readonly SavedCardsJsonCard[]>>;
  faults?: MemoryProviderFaults;
}

/** The in-memory vault: a provider, plus what a real vault does when the shopper saves a card at checkout. */
export interface MemoryProvider extends PaymentProvider {
  /**
   * Saves a new card (in the kit's JSON contract) for the customer, listed after their others; as their
   * preferred card when it says `isPreferred`. Throws a `TypeError` naming the field (never its value) for a card
   * the contract or the handler's checks would refuse, or a token the customer already holds.
   */
  addCard(customerId: string, card: SavedCardsJsonCard): void;
}

/** The contract's names, so a stored card keeps only what the handler could list (no stray field, no full number). */
const CONTRACT_NAMES = [...Object.values(JSON_FIELDS).flat(), 'deleteBlocked'];

/** The card as the handler would list it, else a TypeError saying which field is wrong and why (never its value). */
function checkedNewCard(card: SavedCardsJsonCard): SavedCardsJsonCard {
  const fail = (problem: string) => new TypeError(`memoryProvider.addCard: ${problem}.`);
  if (!isRecord(card)) throw fail('the card is not an object');
  const [input] = jsonAdapter().parseList({ cards: [card] }).cards;
  const checked = input ? checkCard(input, 0) : undefined;
  if (!checked?.ok)
    throw fail(checked?.issue.message.replace(/^Card 0: /, '').replace(/\.$/, '') ?? 'the card is not valid');
  if (checked.wasUnmasked) throw fail('last4 holds more than the last 4 digits');
  const kept = structuredClone(card);
  for (const name of Object.keys(kept)) if (!CONTRACT_NAMES.includes(name)) Reflect.deleteProperty(kept, name);
  return kept;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * An in-memory card vault: each customer's cards live in this process, and deletes, defaults and
 * names last until it restarts. For local development, tests and the quick start; no provider account needed.
 *
 * @example
 * const provider = memoryProvider({
 *   cards: { 'customer-1': [{ token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 }] },
 *   faults: { latencyMs: 300, refuseDelete: { tok_1: 'This card pays your subscription.' } },
 * });
 * provider.addCard('customer-1', { token: 'tok_2', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 });
 */
export function memoryProvider(options: MemoryProviderOptions): MemoryProvider {
  const store = new Map(
    Object.entries(options.cards).map(([customerId, cards]) => [customerId, structuredClone([...cards])]),
  );
  const { latencyMs = 0, refuseDelete = {} } = options.faults ?? {};
  /** The customer's cards, after the wait; `not-found` when the token is not among them. */
  async function cardsHolding(customerId: string, token: string, signal: AbortSignal) {
    await wait(latencyMs, signal);
    const cards = store.get(customerId) ?? [];
    if (!cards.some((card) => card.token === token)) throw new SavedCardsError('not-found');
    return cards;
  }
  return {
    name: 'memory',
    adapter: jsonAdapter(),
    secrets: [],
    capabilities: { delete: true, setDefault: true, rename: true },
    async listCards(customerId, signal) {
      await wait(latencyMs, signal);
      return { cards: structuredClone(store.get(customerId) ?? []) };
    },
    async deleteCard(customerId, token, signal) {
      const cards = await cardsHolding(customerId, token, signal);
      const reason = Object.hasOwn(refuseDelete, token) ? refuseDelete[token] : undefined;
      if (reason !== undefined) throw new SavedCardsError('rejected', { reason });
      store.set(
        customerId,
        cards.filter((card) => card.token !== token),
      );
    },
    async setDefaultCard(customerId, token, signal) {
      const cards = await cardsHolding(customerId, token, signal);
      store.set(
        customerId,
        cards.map((card) => ({ ...card, isPreferred: card.token === token })),
      );
    },
    addCard(customerId, card) {
      if (typeof customerId !== 'string' || customerId === '')
        throw new TypeError('memoryProvider.addCard: the customer id must be a non-empty string.');
      const added = checkedNewCard(card);
      const cards = store.get(customerId) ?? [];
      if (cards.some((held) => held.token === added.token))
        throw new TypeError('memoryProvider.addCard: the customer already holds a card with this token.');
      const others = added.isPreferred ? cards.map((held) => ({ ...held, isPreferred: false })) : cards;
      store.set(customerId, [...others, added]);
    },
    async renameCard(customerId, token, nickname, signal) {
      const cards = await cardsHolding(customerId, token, signal);
      store.set(
        customerId,
        cards.map((card) => (card.token === token ? { ...card, nickname } : card)),
      );
    },
  };
}

import type { SavedCard } from './card';
import { SavedCardsError } from './errors';

/**
 * What the shopper chose to pay with: one of their saved cards, or one of the merchant's options ("New card", a
 * wallet). One value for the whole payment step, so a Pay button has one truth.
 *
 * @example
 * onValueChange={(choice) => setPayWith(choice?.kind === 'card' ? choice.token : choice?.value ?? null)}
 */
export type PaymentChoice = { kind: 'card'; token: string; card: SavedCard } | { kind: 'option'; value: string };

/**
 * What a controlled `value` (or `defaultValue`, or `select`) names: a card by its token, an option by its value.
 * The `kind` keeps option values and card tokens apart by construction, so an option may share a token's spelling.
 *
 * @example
 * <SavedCards value={{ kind: 'option', value: 'new-card' }} />
 */
export type PaymentChoiceKey = { kind: 'card'; token: string } | { kind: 'option'; value: string };

/** What the selection needs of a merchant's option: its value, unique among the options. */
export interface PaymentOptionValue {
  value: string;
}

/**
 * The options, checked: a value used twice would make two radios one choice, so it is refused with an
 * `invalid-option` error whose `reason` names the value.
 */
export function checkOptions<Option extends PaymentOptionValue>(options: readonly Option[]): readonly Option[] {
  const seen = new Set<string>();
  for (const { value } of options) {
    if (seen.has(value))
      throw new SavedCardsError('invalid-option', { reason: `Two options have the value "${value}".` });
    seen.add(value);
  }
  return options;
}

/** One string per choice, for comparing choices; the kind's letter keeps a token and an option value apart. */
export const choiceId = (key: PaymentChoiceKey | null | undefined): string | null | undefined =>
  key && (key.kind === 'card' ? `c${key.token}` : `o${key.value}`);

/** Whether the merchant asks for a card's security code, besides the backend's `cvvRequired`. */
export type RequireCvc = boolean | ((card: SavedCard) => boolean);

/** Whether paying with `card` needs its security code: the backend says so, or the merchant's `requireCvc` does. */
export const cardNeedsCvc = (card: SavedCard, requireCvc: RequireCvc = false): boolean =>
  card.cvvRequired === true || (typeof requireCvc === 'function' ? requireCvc(card) : requireCvc);

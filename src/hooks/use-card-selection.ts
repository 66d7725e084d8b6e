'use client';
import { QueryClientContext, type QueryClient } from '@tanstack/react-query';
import { useContext, useInsertionEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { SavedCard } from '../core/card';
import {
  cardNeedsCvc,
  checkOptions,
  choiceId,
  type PaymentChoice,
  type PaymentChoiceKey,
  type PaymentOptionValue,
  type RequireCvc,
} from '../core/choice';
import { SavedCardsError } from '../core/errors';
import { isUsable } from '../core/selection';
import { notifySavedCardsChanged } from './cross-tab';
import { useBrowserLayoutEffect } from './use-browser-layout-effect';
import { listedIn, useChosenCard } from './use-chosen-card';
import { useControllableState } from './use-controllable-state';

/**
 * Options of `useCardSelection`: the cards and the merchant's options to choose from, the choice controlled
 * (`value`) or not (`defaultValue`), and what the security code and `refreshAndChoose` need.
 */
export interface UseCardSelectionOptions {
  /**
   * The cards shown, in display order (from `useSavedCards`). `undefined` while loading; `[]` when there are none,
   * and also when the load failed, so the first option is chosen and the shopper can still pay.
   */
  cards: readonly SavedCard[] | undefined;
  /** The merchant's other ways to pay ("New card", a wallet), after the cards in the same choice. Values unique. */
  options?: readonly PaymentOptionValue[];
  /** Controlled: what is chosen, or null for nothing. */
  value?: PaymentChoiceKey | null;
  /**
   * Uncontrolled: the first choice. Default: the preferred usable card, else the first usable one, else (once the
   * cards loaded, or failed to) the first option.
   */
  defaultValue?: PaymentChoiceKey | null;
  /** Called whenever the choice changes, including when a deleted card's choice moves on. */
  onValueChange?: (choice: PaymentChoice | null) => void;
  /** Ask for the security code of every card (`true`) or of some, besides the cards whose `cvvRequired` is set. */
  requireCvc?: RequireCvc;
  /** Refetches the list: `useSavedCards(…).refetch`. What `refreshAndChoose` calls. */
  refetch?: () => Promise<{ data?: { readonly cards: readonly SavedCard[] } | undefined; error: unknown }>;
}

/**
 * What `useCardSelection` returns: the choice (and its card, if it is one), the stable actions that change it, and
 * the Pay button's `ready`. `select`, `setCvcComplete` and `refreshAndChoose` keep their identity across renders.
 */
export interface UseCardSelectionResult {
  /** What is chosen: a card or one of the options; null for nothing. */
  choice: PaymentChoice | null;
  /** The chosen card's token; null when an option or nothing is chosen. */
  selectedToken: string | null;
  /** The chosen card; null when an option or nothing is chosen. */
  selectedCard: SavedCard | null;
  /** Chooses a card (by token) or an option (by value); expired cards and unknown ones are ignored. `null` clears. */
  select: (key: PaymentChoiceKey | null) => void;
  /** The chosen card needs its security code: mount the provider's CVC field and report with `setCvcComplete`. */
  cvcNeeded: boolean;
  /** What the provider's CVC field reports; the kit never sees the digits. Forgotten when the choice changes. */
  setCvcComplete: (complete: boolean) => void;
  /** The Pay button's one truth: something is chosen, and the security code is complete where one is needed. */
  ready: boolean;
  /**
   * After the merchant's new-card flow saved a card: refetches (`refetch`) and chooses the card with this token once
   * the list holds it, then resolves. Rejects, leaving the choice as it was, with the refetch's error when it
   * failed, or with a `not-found` error when the refetched list does not hold the token (or holds it expired).
   */
  refreshAndChoose: (token: string) => Promise<void>;
}

/**
 * The headless payment choice behind the picker: the saved cards and the merchant's options as one choice.
 * Expired cards are never chosen; while the chosen card is gone, the next usable one (else the first option, else
 * none) is shown and `onValueChange` told once, and the choice returns to it if it comes back (a refused delete).
 * Controlled or not, and with `value` derived from the list, the same happens.
 *
 * @example
 * const query = useSavedCards({ customerId });
 * const { choice, select, ready } = useCardSelection({
 *   cards: query.data ?? (query.isError ? [] : undefined),
 *   options: [{ value: 'new-card' }],
 *   refetch: query.refetch,
 * });
 */
export function useCardSelection(options: UseCardSelectionOptions): UseCardSelectionResult {
  const { cards } = options;
  // Checked each render (a few values): it returns the merchant's own array.
  const choices = checkOptions(options.options ?? []);
  const [current, setCurrent, isControlled] = useControllableState(options.value, options.defaultValue);
  const [resolved, carried, seenIn, fallback] = useChosenCard(cards, current, isControlled);
  const option =
    current?.kind === 'option'
      ? choices.find((candidate) => candidate.value === current.value)?.value
      : fallback
        ? choices[0]?.value
        : undefined;
  const choice = useMemo<PaymentChoice | null>(
    () =>
      option !== undefined
        ? { kind: 'option', value: option }
        : resolved && { kind: 'card', token: resolved.token, card: resolved },
    [option, resolved],
  );
  const id = choiceId(choice);
  const [cvcNeeded, ready, setCompleteFor] = useCvcReadiness(choice, id, options.requireCvc);

  // What the merchant last heard: automatic moves (default pick, a card gone or back) are told once.
  const currentId = choiceId(current);
  const told = useRef<string | null | undefined>(currentId);
  const [actions, settleWaiting] = useSelectionActions(
    { ...options, choices, id, queryClient: useContext(QueryClientContext) },
    told,
    setCurrent,
    setCompleteFor,
  );

  // Before paint: the merchant's answer lands in the same frame as the list that took the card away.
  useBrowserLayoutEffect(() => {
    settleWaiting();
    if (!cards || id === told.current || (isControlled && id === currentId && !carried)) return;
    // A controlled value the list does not hold (yet): show nothing, but do not ask the merchant to clear it.
    if (isControlled && id === null && current && !seenIn) return;
    told.current = id;
    options.onValueChange?.(choice);
  });

  return {
    choice,
    selectedToken: resolved?.token ?? null,
    selectedCard: resolved,
    ...actions,
    cvcNeeded,
    ready,
  };
}

/**
 * Whether the chosen card needs its security code, and the Pay button's one truth (`ready`). The code is complete
 * for the choice it was reported for (the third value sets that choice's id), until the choice leaves it.
 */
function useCvcReadiness(choice: PaymentChoice | null, id: string | null | undefined, requireCvc?: RequireCvc) {
  const cvcNeeded = choice?.kind === 'card' && cardNeedsCvc(choice.card, requireCvc);
  const [completeFor, setCompleteFor] = useState<string | null | undefined>(null);
  if (completeFor !== null && completeFor !== id) setCompleteFor(null);
  return [cvcNeeded, choice !== null && (!cvcNeeded || completeFor === id), setCompleteFor] as const;
}

/** What the stable actions read of the latest render. */
type LatestSelection = UseCardSelectionOptions & {
  choices: readonly PaymentOptionValue[];
  id: string | null | undefined;
  queryClient: QueryClient | undefined;
};

/**
 * The actions, made once and reading the latest render (`now`: its options, and what it made of them) through a
 * ref, so they never change: memoized rows and the merchant's effects can hold on to them. The second is `settle`,
 * for the layout effect: it chooses the card `refreshAndChoose` waits for, once the list given to the hook holds it.
 */
function useSelectionActions(
  now: LatestSelection,
  told: RefObject<string | null | undefined>,
  setCurrent: (key: PaymentChoiceKey | null) => void,
  setCompleteFor: (id: string | null | undefined) => void,
) {
  const latest = useRef(now);
  useInsertionEffect(() => {
    latest.current = now;
  });
  return useState(() => {
    let waiting: { token: string; done: () => void } | null = null;
    const select = (key: PaymentChoiceKey | null) => {
      const { cards, choices, id, onValueChange } = latest.current;
      let next: PaymentChoice | null = null;
      if (key?.kind === 'card') {
        const card = cards?.find((candidate) => candidate.token === key.token);
        if (!isUsable(card)) return;
        next = { kind: 'card', token: card.token, card };
      } else if (key) {
        if (!choices.some((candidate) => candidate.value === key.value)) return;
        next = { kind: 'option', value: key.value };
      }
      setCurrent(key);
      const nextId = choiceId(key);
      if (nextId === id) return;
      told.current = nextId;
      onValueChange?.(next);
    };
    const settle = () => {
      const wait = waiting;
      if (!wait || !listedIn(latest.current.cards, wait.token)) return;
      waiting = null;
      select({ kind: 'card', token: wait.token });
      wait.done();
    };
    const stable: Pick<UseCardSelectionResult, 'select' | 'setCvcComplete' | 'refreshAndChoose'> = {
      select,
      setCvcComplete: (complete) => setCompleteFor(complete ? latest.current.id : null),
      refreshAndChoose: async (token) => {
        const result = await latest.current.refetch?.();
        if (result?.error) throw result.error;
        // The shopper's other tabs refetch too; this one just did.
        notifySavedCardsChanged(latest.current.queryClient);
        // The new token may be any of a listed card's tokens (the same physical card saved twice); `token` is first.
        const card = result?.data?.cards.find((listed) => listed.tokens.includes(token));
        if (!isUsable(card)) throw new SavedCardsError('not-found');
        await new Promise<void>((done) => {
          waiting = { token: card.token, done };
          settle();
        });
      },
    };
    return [stable, settle] as const;
  })[0];
}

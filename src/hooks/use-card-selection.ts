'use client';
import { QueryClientContext } from '@tanstack/react-query';
import { useContext, useInsertionEffect, useMemo, useRef, useState } from 'react';
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
import { defaultSelection, isUsable, resolveSelection, successor } from '../core/selection';
import { notifySavedCardsChanged } from './cross-tab';
import { useBrowserLayoutEffect } from './use-browser-layout-effect';
import { useControllableState } from './use-controllable-state';

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

export interface UseCardSelectionResult {
  /** What is chosen: a card or one of the options; null for nothing. */
  choice: PaymentChoice | null;
  selectedToken: string | null;
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

/** What the selection remembers between renders. Adjusted during render, as React's docs do for "state from a changed prop". */
interface Memory {
  /** The token meant and the last list that held it: where its successor is looked up while it is gone. */
  anchor: { token: string; cards: readonly SavedCard[] } | null;
  /** A controlled value read as the anchor's while it stays the value (see `carried`). */
  carried: string | null | undefined;
  /** The card token and the list the last render was given, to tell what an update changed. */
  value: string | null | undefined;
  cards: readonly SavedCard[] | undefined;
}

// A card's token is a string, so a token of null or undefined is never listed.
const listedIn = (cards: readonly SavedCard[] | undefined, token: string | null | undefined) =>
  cards?.some((card) => card.token === token) === true;

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
  const { cards, value, defaultValue, requireCvc } = options;
  // Checked each render (a few values): it returns the merchant's own array.
  const choices = checkOptions(options.options ?? []);
  const [current, setCurrent, isControlled] = useControllableState(value, defaultValue);
  // The card part of the choice, as a token: an option chosen means no card.
  const currentToken = current && (current.kind === 'card' ? current.token : null);
  const [memory, setMemory] = useState<Memory>({ anchor: null, carried: undefined, value: currentToken, cards });
  const { anchor } = memory;
  const gone = anchor !== null && cards !== undefined && !listedIn(cards, anchor.token);
  // A controlled value that stops naming a listed card in the update that takes the chosen card away (a value
  // derived from the list: `cards.find(…)?.token ?? null`), or that took the kit's stand-in, still means the card
  // that left: its successor shows, and the choice returns to it if it comes back, as uncontrolled.
  const carried =
    isControlled &&
    current?.kind !== 'option' &&
    anchor !== null &&
    currentToken !== anchor.token &&
    (!gone
      ? memory.carried === currentToken
      : currentToken === (successor(anchor.token, anchor.cards, cards)?.token ?? null) ||
        (!listedIn(cards, currentToken) &&
          ((listedIn(memory.cards, memory.value) && !listedIn(cards, memory.value)) ||
            memory.carried === currentToken)));
  const intended = carried
    ? anchor.token
    : currentToken !== undefined
      ? currentToken
      : (anchor?.token ?? (cards ? (defaultSelection(cards)?.token ?? null) : null));
  const seenIn = anchor && anchor.token === intended ? anchor.cards : null;
  const resolved = cards ? resolveSelection(intended, cards, seenIn, isControlled) : null;
  const nextAnchor =
    cards && intended !== null && seenIn !== cards && listedIn(cards, intended) ? { token: intended, cards } : anchor;
  const nextCarried = carried ? currentToken : undefined;
  if (
    nextAnchor !== anchor ||
    nextCarried !== memory.carried ||
    memory.value !== currentToken ||
    memory.cards !== cards
  ) {
    setMemory({ anchor: nextAnchor, carried: nextCarried, value: currentToken, cards });
  }
  // A card was meant but none can be shown (none usable, the last one deleted, the load failed): the first option.
  const fallback =
    cards &&
    !resolved &&
    // Read only when no option is chosen, so of the rest only a cleared choice (null) means no card was meant.
    (carried || current !== null) &&
    !listedIn(cards, intended) &&
    (seenIn || !isControlled);
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

  // The security code is complete for the card it was reported for, until the choice leaves that card.
  const cvcNeeded = choice?.kind === 'card' && cardNeedsCvc(choice.card, requireCvc);
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  if (completeFor !== null && completeFor !== id) setCompleteFor(null);

  // What the merchant last heard: automatic moves (default pick, a card gone or back) are told once.
  const currentId = choiceId(current);
  const told = useRef<string | null | undefined>(currentId);
  const waiting = useRef<{ token: string; done: () => void } | null>(null);
  const queryClient = useContext(QueryClientContext);
  // This render's options (cards, onValueChange, refetch) and what it made of them, for the stable actions below.
  const now = { ...options, choices, id, queryClient };
  const latest = useRef(now);
  useInsertionEffect(() => {
    latest.current = now;
  });

  // Made once and reading the latest render through a ref, so they never change: memoized rows and the merchant's
  // effects can hold on to them. The second is `settleWaiting`, for the layout effect below.
  const [[actions, settleWaiting]] = useState(() => {
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
    // Chooses the card `refreshAndChoose` waits for, once the list given to the hook holds it.
    const settle = () => {
      const wait = waiting.current;
      if (!wait || !listedIn(latest.current.cards, wait.token)) return;
      waiting.current = null;
      select({ kind: 'card', token: wait.token });
      wait.done();
    };
    const stable: Pick<UseCardSelectionResult, 'select' | 'setCvcComplete' | 'refreshAndChoose'> = {
      select,
      setCvcComplete: (complete) => setCompleteFor(complete ? (latest.current.id ?? null) : null),
      refreshAndChoose: async (token) => {
        const result = await latest.current.refetch?.();
        if (result?.error) throw result.error;
        // The shopper's other tabs refetch too; this one just did.
        notifySavedCardsChanged(latest.current.queryClient);
        // The new token may be any of a listed card's tokens (the same physical card saved twice); `token` is first.
        const card = result?.data?.cards.find((listed) => listed.tokens.includes(token));
        if (!isUsable(card)) throw new SavedCardsError('not-found');
        await new Promise<void>((done) => {
          waiting.current = { token: card.token, done };
          settle();
        });
      },
    };
    return [stable, settle] as const;
  });

  // Before paint: the merchant's answer lands in the same frame as the list that took the card away.
  useBrowserLayoutEffect(() => {
    settleWaiting();
    if (!cards || id === told.current || (isControlled && id === currentId && !carried)) return;
    // A controlled value the list does not hold (yet): show nothing, but do not ask the merchant to clear it.
    if (isControlled && id === null && current && !seenIn) return;
    told.current = id;
    latest.current.onValueChange?.(choice);
  });

  return {
    choice,
    selectedToken: resolved?.token ?? null,
    selectedCard: resolved,
    ...actions,
    cvcNeeded,
    ready: choice !== null && (!cvcNeeded || completeFor === id),
  };
}

import { act, renderHook } from '@testing-library/react';
import { useCallback, useState } from 'react';
import type { SavedCard } from '../../src/core/card';
import { useCardSelection, type UseCardSelectionOptions } from '../../src/hooks/use-card-selection';
import { savedCard } from '../saved-card';

// The hook speaks of choices (a card by its token, or an option) and tells `onValueChange` (issues 19 and 22). These
// tests are about the cards: they pass tokens and hear cards, as before, through this adapter.
type TokenOptions = Omit<UseCardSelectionOptions, 'value' | 'defaultValue' | 'onValueChange'> & {
  value?: string | null;
  defaultValue?: string | null;
  onChange?: (card: SavedCard | null) => void;
};
const cardKey = (token: string | null | undefined) => (token == null ? token : { kind: 'card' as const, token });
function useCardTokens({ value, defaultValue, onChange, ...options }: TokenOptions) {
  const selection = useCardSelection({
    ...options,
    value: cardKey(value),
    defaultValue: cardKey(defaultValue),
    onValueChange: onChange && ((choice) => onChange(choice?.kind === 'card' ? choice.card : null)),
  });
  const { select } = selection;
  return { ...selection, select: useCallback((token: string | null) => select(cardKey(token) ?? null), [select]) };
}

const saved = (token: string, extra: Partial<SavedCard> = {}) => savedCard(token, { last4: '1111', ...extra });

const expired = saved('expired', { isExpired: true });
const a = saved('a');
const preferred = saved('preferred', { isPreferred: true });
const b = saved('b');
const c = saved('c');

function renderSelection(initial: TokenOptions) {
  return renderHook((props: TokenOptions) => useCardTokens(props), { initialProps: initial });
}

test('defaults to the preferred usable card', () => {
  const { result } = renderSelection({ cards: [a, preferred, b] });
  expect(result.current.selectedToken).toBe('preferred');
});

test('an expired preferred card is not the default; the first usable card is', () => {
  const { result } = renderSelection({ cards: [saved('old', { isPreferred: true, isExpired: true }), a, b] });
  expect(result.current.selectedToken).toBe('a');
});

test('nothing is selected while the cards load or when none is usable', () => {
  expect(renderSelection({ cards: undefined }).result.current.selectedCard).toBeNull();
  expect(renderSelection({ cards: [expired] }).result.current.selectedCard).toBeNull();
});

test('an expired card can never be selected', () => {
  const onChange = vi.fn();
  const { result } = renderSelection({ cards: [a, expired], onChange });
  onChange.mockClear();
  act(() => result.current.select('expired'));
  expect(result.current.selectedToken).toBe('a');
  expect(onChange).not.toHaveBeenCalled();
  act(() => result.current.select('not-a-card'));
  expect(result.current.selectedToken).toBe('a');
});

test('uncontrolled: select and onChange', () => {
  const onChange = vi.fn();
  const { result } = renderSelection({ cards: [a, b], defaultValue: 'b', onChange });
  expect(result.current.selectedToken).toBe('b');
  act(() => result.current.select('a'));
  expect(result.current.selectedToken).toBe('a');
  expect(onChange).toHaveBeenLastCalledWith(a);
  act(() => result.current.select(null));
  expect(result.current.selectedCard).toBeNull();
  expect(onChange).toHaveBeenLastCalledWith(null);
});

test('controlled: follows value, asks through onChange', () => {
  const onChange = vi.fn();
  const { result, rerender } = renderSelection({ cards: [a, b], value: 'a', onChange });
  act(() => result.current.select('b'));
  expect(onChange).toHaveBeenLastCalledWith(b);
  expect(result.current.selectedToken).toBe('a');
  rerender({ cards: [a, b], value: 'b', onChange });
  expect(result.current.selectedToken).toBe('b');
  rerender({ cards: [a, b], value: null, onChange });
  expect(result.current.selectedToken).toBeNull();
});

test('when the selected card is deleted, the selection moves to the next usable card', () => {
  const onChange = vi.fn();
  const { result, rerender } = renderSelection({ cards: [a, b, expired, c], defaultValue: 'b', onChange });
  rerender({ cards: [a, expired, c], defaultValue: 'b', onChange });
  expect(result.current.selectedToken).toBe('c');
  expect(onChange).toHaveBeenLastCalledWith(c);
});

test('…or to the one before it when it was the last usable one, and clears when none is left', () => {
  const onChange = vi.fn();
  const { result, rerender } = renderSelection({ cards: [a, b], defaultValue: 'b', onChange });
  rerender({ cards: [a], defaultValue: 'b', onChange });
  expect(result.current.selectedToken).toBe('a');
  rerender({ cards: [], defaultValue: 'b', onChange });
  expect(result.current.selectedToken).toBeNull();
  expect(onChange).toHaveBeenLastCalledWith(null);
});

test('controlled: a deleted selection is reported through onChange', () => {
  const onChange = vi.fn();
  const { rerender } = renderSelection({ cards: [a, b, c], value: 'b', onChange });
  rerender({ cards: [a, c], value: 'b', onChange });
  expect(onChange).toHaveBeenLastCalledWith(c);
});

test('controlled: a value that is not listed selects nothing and asks for nothing', () => {
  const onChange = vi.fn();
  const { result } = renderSelection({ cards: [a, preferred, b], value: 'not-listed', onChange });
  expect(result.current.selectedCard).toBeNull();
  expect(onChange).not.toHaveBeenCalled();
});

test('uncontrolled: a stale defaultValue falls back to the default choice', () => {
  const { result } = renderSelection({ cards: [a, preferred, b], defaultValue: 'not-listed' });
  expect(result.current.selectedToken).toBe('preferred');
});

test('select stays the same function across selections and new lists, and acts on the latest list', () => {
  const onChange = vi.fn();
  const { result, rerender } = renderSelection({ cards: [a, b], onChange });
  const select = result.current.select;
  act(() => result.current.select('b'));
  rerender({ cards: [a, b, c], onChange });
  expect(result.current.select).toBe(select);
  act(() => select('c'));
  expect(result.current.selectedToken).toBe('c');
  expect(onChange).toHaveBeenLastCalledWith(c);
});

test('preselects the default once the cards arrive, whether loading was passed as undefined or []', () => {
  for (const loading of [undefined, []]) {
    const onChange = vi.fn();
    const { result, rerender } = renderSelection({ cards: loading, onChange });
    expect(result.current.selectedCard).toBeNull();
    rerender({ cards: [a, preferred, b], onChange });
    expect(result.current.selectedToken).toBe('preferred');
    expect(onChange).toHaveBeenLastCalledWith(preferred);
  }
});

test('uncontrolled: a card that leaves the list and comes back (a refused delete) is selected again', () => {
  const onChange = vi.fn();
  const { result, rerender } = renderSelection({ cards: [a, b, c], onChange });
  act(() => result.current.select('b'));
  rerender({ cards: [a, c], onChange });
  expect(result.current.selectedToken).toBe('c');
  expect(onChange).toHaveBeenLastCalledWith(c);
  rerender({ cards: [a, b, c], onChange });
  expect(result.current.selectedToken).toBe('b');
  expect(onChange).toHaveBeenLastCalledWith(b);
});

test('the default pick, gone and back, is selected again too', () => {
  const { result, rerender } = renderSelection({ cards: [a, preferred, b] });
  rerender({ cards: [a, b] });
  expect(result.current.selectedToken).toBe('b');
  rerender({ cards: [a, preferred, b] });
  expect(result.current.selectedToken).toBe('preferred');
});

/**
 * A merchant's checkout over `useCardSelection`: the choice in its own state, `value` kept as plain state, or derived
 * from the list (`cards.find((card) => card.token === choice)?.token ?? null`), which stops naming the chosen card in
 * the very update that takes it off the list.
 */
function renderMerchant(mode: 'uncontrolled' | 'plain state' | 'derived from the list', cards: readonly SavedCard[]) {
  const onChange = vi.fn();
  const view = renderHook(
    ({ cards }: { cards: readonly SavedCard[] }) => {
      const [choice, setChoice] = useState<string | null>(null);
      const derived = cards.find((card) => card.token === choice)?.token ?? null;
      const value = mode === 'uncontrolled' ? undefined : mode === 'plain state' ? choice : derived;
      const selection = useCardTokens({
        cards,
        value,
        onChange: (card) => {
          onChange(card);
          setChoice(card?.token ?? null);
        },
      });
      return { ...selection, choice };
    },
    { initialProps: { cards } },
  );
  return { ...view, onChange };
}

describe.each(['uncontrolled', 'plain state', 'derived from the list'] as const)(
  'the chosen card leaves (%s)',
  (mode) => {
    test('the successor is chosen and onChange told once, with the merchant in step', () => {
      const { result, rerender, onChange } = renderMerchant(mode, [a, b, c]);
      act(() => result.current.select('b'));
      onChange.mockClear();
      rerender({ cards: [a, c] });
      expect(result.current.selectedToken).toBe('c');
      expect(result.current.choice).toBe('c');
      expect(onChange.mock.calls).toEqual([[c]]);
    });

    test('none usable left: nothing is chosen, told once', () => {
      const { result, rerender, onChange } = renderMerchant(mode, [expired, b]);
      act(() => result.current.select('b'));
      onChange.mockClear();
      rerender({ cards: [expired] });
      expect(result.current.selectedToken).toBeNull();
      expect(result.current.choice).toBeNull();
      expect(onChange.mock.calls).toEqual([[null]]);
    });

    test('gone and back (a refused delete in a list that hides deletes in flight): chosen again', () => {
      const { result, rerender, onChange } = renderMerchant(mode, [a, b, c]);
      act(() => result.current.select('b'));
      rerender({ cards: [a, c] });
      onChange.mockClear();
      rerender({ cards: [a, b, c] });
      expect(result.current.selectedToken).toBe('b');
      expect(result.current.choice).toBe('b');
      expect(onChange.mock.calls).toEqual([[b]]);
    });

    test('the successor leaving too moves on again', () => {
      const { result, rerender } = renderMerchant(mode, [a, b, c, saved('d')]);
      act(() => result.current.select('b'));
      rerender({ cards: [a, c, saved('d')] });
      expect(result.current.selectedToken).toBe('c');
      rerender({ cards: [a, saved('d')] });
      expect(result.current.selectedToken).toBe('d');
      expect(result.current.choice).toBe('d');
    });

    test('a choice cleared after the move stays cleared', () => {
      const { result, rerender, onChange } = renderMerchant(mode, [a, b, c]);
      act(() => result.current.select('b'));
      rerender({ cards: [a, c] });
      act(() => result.current.select(null));
      onChange.mockClear();
      rerender({ cards: [a, c] });
      expect(result.current.selectedToken).toBeNull();
      expect(onChange).not.toHaveBeenCalled();
    });
  },
);

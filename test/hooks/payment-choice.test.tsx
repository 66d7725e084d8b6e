import { act, renderHook } from '@testing-library/react';
import type { SavedCard } from '../../src/core/card';
import { SavedCardsError } from '../../src/core/errors';
import { useCardSelection, type UseCardSelectionOptions } from '../../src/hooks/use-card-selection';
import { savedCard } from '../saved-card';

// Issue 19: the saved cards and the merchant's options as one choice, with the CVC's readiness (headless).
const saved = (token: string, extra: Partial<SavedCard> = {}) => savedCard(token, { last4: '4242', ...extra });

const a = saved('a');
const preferred = saved('preferred', { isPreferred: true });
const expired = saved('expired', { isExpired: true });
const withCvc = saved('cvc', { cvvRequired: true });
const options = [{ value: 'new-card' }, { value: 'wallet' }];
const newCard = { kind: 'option', value: 'new-card' } as const;

function renderChoice(initial: UseCardSelectionOptions) {
  return renderHook((props: UseCardSelectionOptions) => useCardSelection(props), { initialProps: initial });
}

test('the preferred usable card is chosen first, options or not', () => {
  const { result } = renderChoice({ cards: [a, preferred], options });
  expect(result.current.choice).toEqual({ kind: 'card', token: 'preferred', card: preferred });
});

test('with no usable card (none saved, all expired, or a failed load given as []), the first option is chosen and told', () => {
  for (const cards of [[], [expired]]) {
    const onValueChange = vi.fn();
    const { result } = renderChoice({ cards, options, onValueChange });
    expect(result.current.choice).toEqual(newCard);
    expect(onValueChange.mock.calls).toEqual([[newCard]]);
  }
});

test('while the cards load nothing is chosen, and an option can be', () => {
  const onValueChange = vi.fn();
  const { result, rerender } = renderChoice({ cards: undefined, options, onValueChange });
  expect(result.current.choice).toBeNull();
  expect(onValueChange).not.toHaveBeenCalled();
  act(() => result.current.select({ kind: 'option', value: 'wallet' }));
  expect(result.current.choice).toEqual({ kind: 'option', value: 'wallet' });
  // The shopper's own choice stays when the cards arrive.
  rerender({ cards: [preferred], options, onValueChange });
  expect(result.current.choice).toEqual({ kind: 'option', value: 'wallet' });
  expect(onValueChange.mock.calls).toEqual([[{ kind: 'option', value: 'wallet' }]]);
});

test('uncontrolled: choosing a card, then an option, tells each once; an unknown option is ignored', () => {
  const onValueChange = vi.fn();
  const { result } = renderChoice({ cards: [a, preferred], options, onValueChange });
  onValueChange.mockClear();
  act(() => result.current.select(newCard));
  expect(result.current.choice).toEqual(newCard);
  expect(result.current.selectedCard).toBeNull();
  act(() => result.current.select({ kind: 'option', value: 'cash' }));
  expect(result.current.choice).toEqual(newCard);
  act(() => result.current.select({ kind: 'card', token: 'a' }));
  expect(result.current.choice).toEqual({ kind: 'card', token: 'a', card: a });
  expect(onValueChange.mock.calls).toEqual([[newCard], [{ kind: 'card', token: 'a', card: a }]]);
});

test('controlled: the value decides; select only asks', () => {
  const onValueChange = vi.fn();
  const { result, rerender } = renderChoice({ cards: [a], options, value: newCard, onValueChange });
  expect(result.current.choice).toEqual(newCard);
  act(() => result.current.select({ kind: 'card', token: 'a' }));
  expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'card', token: 'a', card: a });
  expect(result.current.choice).toEqual(newCard);
  rerender({ cards: [a], options, value: { kind: 'card', token: 'a' }, onValueChange });
  expect(result.current.choice).toEqual({ kind: 'card', token: 'a', card: a });
  // An option value that is no option shows nothing and asks for nothing.
  onValueChange.mockClear();
  rerender({ cards: [a], options, value: { kind: 'option', value: 'cash' }, onValueChange });
  expect(result.current.choice).toBeNull();
  expect(onValueChange).not.toHaveBeenCalled();
});

test('an option may be spelled like a card token: the kind keeps them apart', () => {
  const { result } = renderChoice({ cards: [a], options: [{ value: 'a' }] });
  act(() => result.current.select({ kind: 'option', value: 'a' }));
  expect(result.current.choice).toEqual({ kind: 'option', value: 'a' });
  expect(result.current.selectedCard).toBeNull();
});

test('deleting the chosen card moves to the next; deleting the last card chooses the first option', () => {
  const onValueChange = vi.fn();
  const { result, rerender } = renderChoice({ cards: [a, preferred], options, onValueChange });
  onValueChange.mockClear();
  rerender({ cards: [a], options, onValueChange });
  expect(result.current.choice).toEqual({ kind: 'card', token: 'a', card: a });
  rerender({ cards: [], options, onValueChange });
  expect(result.current.choice).toEqual(newCard);
  expect(onValueChange.mock.calls).toEqual([[{ kind: 'card', token: 'a', card: a }], [newCard]]);
});

test('controlled: deleting the last chosen card asks for the first option once', () => {
  const onValueChange = vi.fn();
  const value = { kind: 'card', token: 'a' } as const;
  const { rerender } = renderChoice({ cards: [a], options, value, onValueChange });
  rerender({ cards: [], options, value, onValueChange });
  rerender({ cards: [], options, value, onValueChange });
  expect(onValueChange.mock.calls).toEqual([[newCard]]);
});

test('two options with one value are refused with a typed error naming the value', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  let thrown: unknown;
  try {
    renderChoice({ cards: [], options: [{ value: 'wallet' }, { value: 'wallet' }] });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SavedCardsError);
  expect(thrown).toMatchObject({ kind: 'invalid-option', reason: expect.stringContaining('"wallet"') });
});

describe('the security code', () => {
  test('a card that needs its CVC is ready only once the field reports complete', () => {
    const { result } = renderChoice({ cards: [withCvc, a], defaultValue: { kind: 'card', token: 'cvc' } });
    expect(result.current.cvcNeeded).toBe(true);
    expect(result.current.ready).toBe(false);
    act(() => result.current.setCvcComplete(true));
    expect(result.current.ready).toBe(true);
    act(() => result.current.setCvcComplete(false));
    expect(result.current.ready).toBe(false);
  });

  test("completeness is forgotten when the choice leaves the card, and the merchant's requireCvc adds cards", () => {
    const { result } = renderChoice({ cards: [withCvc, a], options, requireCvc: (card) => card.token === 'a' });
    act(() => result.current.select({ kind: 'card', token: 'cvc' }));
    act(() => result.current.setCvcComplete(true));
    expect(result.current.ready).toBe(true);
    act(() => result.current.select({ kind: 'card', token: 'a' }));
    expect(result.current.cvcNeeded).toBe(true);
    expect(result.current.ready).toBe(false);
    act(() => result.current.select({ kind: 'card', token: 'cvc' }));
    expect(result.current.ready).toBe(false);
    act(() => result.current.select(newCard));
    expect(result.current.cvcNeeded).toBe(false);
    expect(result.current.ready).toBe(true);
  });

  test('nothing chosen is not ready; a card without a CVC is', () => {
    expect(renderChoice({ cards: [a], defaultValue: null }).result.current.ready).toBe(false);
    expect(renderChoice({ cards: [a] }).result.current.ready).toBe(true);
    expect(renderChoice({ cards: [a], requireCvc: true }).result.current.ready).toBe(false);
  });
});

describe('refreshAndChoose', () => {
  test('refetches and chooses the new card once the list holds it, then resolves', async () => {
    const fresh = saved('tok_new');
    const refetch = vi.fn(async () => ({ data: { cards: [a, fresh] }, error: null }));
    const onValueChange = vi.fn();
    const { result, rerender } = renderChoice({ cards: [a], options, value: undefined, onValueChange, refetch });
    act(() => result.current.select(newCard));
    let settled = false;
    let done!: Promise<void>;
    await act(async () => {
      done = result.current.refreshAndChoose('tok_new').then(() => {
        settled = true;
      });
      await Promise.resolve();
    });
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(settled).toBe(false);
    // The refetched list reaches the hook as the page re-renders.
    rerender({ cards: [a, fresh], options, onValueChange, refetch });
    await act(() => done);
    expect(result.current.choice).toEqual({ kind: 'card', token: 'tok_new', card: fresh });
    expect(onValueChange).toHaveBeenLastCalledWith({ kind: 'card', token: 'tok_new', card: fresh });
  });

  test('a token saved onto a listed card (another of its tokens) chooses that card', async () => {
    const merged = saved('tok_old', { tokens: ['tok_old', 'tok_again'] });
    const refetch = async () => ({ data: { cards: [a, merged] }, error: null });
    const { result } = renderChoice({ cards: [a, merged], options, defaultValue: newCard, refetch });
    await act(() => result.current.refreshAndChoose('tok_again'));
    expect(result.current.choice).toEqual({ kind: 'card', token: 'tok_old', card: merged });
  });

  test('a token the refetched list does not hold rejects with not-found and leaves the choice', async () => {
    const refetch = async () => ({ data: { cards: [a] }, error: null });
    const { result } = renderChoice({ cards: [a], options, defaultValue: newCard, refetch });
    await expect(act(() => result.current.refreshAndChoose('tok_missing'))).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(result.current.choice).toEqual(newCard);
  });

  test('a failed refetch rejects with its error and leaves the choice', async () => {
    const failure = new SavedCardsError('network');
    const refetch = async () => ({ data: undefined, error: failure });
    const { result } = renderChoice({ cards: [a], options, defaultValue: newCard, refetch });
    await expect(act(() => result.current.refreshAndChoose('tok_new'))).rejects.toBe(failure);
    expect(result.current.choice).toEqual(newCard);
  });
});

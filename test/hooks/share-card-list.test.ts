import { shareCardList } from '../../src/hooks/query-keys';
import type { SavedCard, SavedCardList } from '../../src/core/card';

const card = (token: string, nickname?: string): SavedCard => ({
  token,
  tokens: [token],
  brand: 'visa',
  last4: '4242',
  isExpired: false,
  isExpiringSoon: false,
  isPreferred: false,
  ...(nickname && { nickname }),
});
const all = { delete: true, setDefault: true, rename: true };

test('a refetch whose cards changed keeps the answer’s capabilities', () => {
  const before: SavedCardList = { cards: [card('a'), card('b')], issues: [], capabilities: all };
  const after: SavedCardList = { cards: [card('a', 'Work'), card('b')], issues: [], capabilities: { ...all } };
  const shared = shareCardList(before, after) as SavedCardList;
  expect(shared.capabilities).toEqual(all);
  expect(shared.cards[1]).toBe(before.cards[1]);
});

test('a refetch that changed only the capabilities is a change', () => {
  const before: SavedCardList = { cards: [card('a')], issues: [], capabilities: all };
  const after: SavedCardList = { cards: [card('a')], issues: [], capabilities: { ...all, rename: false } };
  expect((shareCardList(before, after) as SavedCardList).capabilities.rename).toBe(false);
  expect(shareCardList(before, { ...before, capabilities: { ...all } })).toBe(before);
});

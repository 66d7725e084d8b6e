import type { CardInput } from '../../src/core/card';
import { parseFlag } from '../../src/core/fields';
import { normalizeCards } from '../../src/core/normalize';

const now = new Date(2026, 10, 24); // 24 Nov 2026

function input(overrides: Partial<CardInput> = {}): CardInput {
  return { token: 'tok_1', brand: 'VISA', number: '**** 1258', expiryMonth: '05', expiryYear: '37', ...overrides };
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('produces a normalized card from backend values', () => {
  const { cards, issues } = normalizeCards(
    [
      input({
        holderName: 'DUMMY',
        nickname: 'testAll',
        funding: 'CC',
        cvvRequired: '1',
        gateway: 'mpgs',
        isPreferred: 'Y',
      }),
    ],
    { now },
  );
  expect(issues).toEqual([]);
  expect(cards).toEqual([
    {
      token: 'tok_1',
      tokens: ['tok_1'],
      brand: 'visa',
      last4: '1258',
      expiryMonth: 5,
      expiryYear: 2037,
      isExpired: false,
      isExpiringSoon: false,
      isPreferred: true,
      holderName: 'DUMMY',
      nickname: 'testAll',
      funding: 'credit',
      cvvRequired: true,
      gateway: 'mpgs',
    },
  ]);
});

test.each([
  [true, true],
  [false, false],
  [1, true],
  [0, false],
  ['1', true],
  ['0', false],
  ['Y', true],
  ['N', false],
  ['true', true],
  ['false', false],
  [undefined, false],
  [null, false],
  ['maybe', undefined],
  [2, undefined],
])('reads the flag %j as %j', (raw, flag) => {
  expect(parseFlag(raw)).toBe(flag);
});

test('accepts numbers sent as strings and 2-digit years as 20xx', () => {
  const { cards } = normalizeCards(
    [
      input({ expiryMonth: '1', expiryYear: '39' }),
      input({ token: 't2', number: '**** 1111', expiryMonth: 12, expiryYear: 2030 }),
    ],
    { now },
  );
  expect(cards.map((card) => [card.expiryMonth, card.expiryYear])).toEqual([
    [1, 2039],
    [12, 2030],
  ]);
});

test('a negative expiry year is a bad field, never read as 19xx or 20xx', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  for (const expiryYear of [-1, -37, -2037]) {
    const { cards, issues } = normalizeCards([input({ expiryYear })], { now });
    expect(cards, String(expiryYear)).toEqual([]);
    expect(issues, String(expiryYear)).toEqual([
      { index: 0, field: 'expiryYear', message: 'Card 0: expiryYear is not a 2- or 4-digit year.' },
    ]);
  }
  expect(normalizeCards([input({ expiryYear: 0 })], { now }).cards[0]?.expiryYear).toBe(2000);
});

test('a card is expired when the backend says so or the date has passed', () => {
  const { cards } = normalizeCards(
    [
      input({ token: 'backend-says', number: '**** 0001', isExpired: '1' }),
      input({ token: 'date-passed', number: '**** 0002', expiryMonth: '10', expiryYear: '2026', isExpired: false }),
      input({ token: 'last-month-day', number: '**** 0003', expiryMonth: '11', expiryYear: '2026' }),
    ],
    { now },
  );
  const byToken = Object.fromEntries(cards.map((card) => [card.token, card]));
  expect(byToken['backend-says']?.isExpired).toBe(true);
  expect(byToken['date-passed']?.isExpired).toBe(true);
  expect(byToken['last-month-day']?.isExpired).toBe(false);
  expect(byToken['last-month-day']?.isExpiringSoon).toBe(true);
});

test('expiring soon comes from the clock, the window, or a backend hint; never for expired cards', () => {
  const { cards } = normalizeCards(
    [
      input({ token: 'next-month', number: '**** 0001', expiryMonth: 12, expiryYear: 2026 }),
      input({ token: 'hint', number: '**** 0002', expiresSoon: true }),
      input({ token: 'expired-hint', number: '**** 0003', expiresSoon: true, isExpired: true }),
    ],
    { now },
  );
  const soon = Object.fromEntries(cards.map((card) => [card.token, card.isExpiringSoon]));
  expect(soon).toEqual({ 'next-month': true, hint: true, 'expired-hint': false });
  const narrow = normalizeCards([input({ expiryMonth: 12, expiryYear: 2026 })], { now, expiringSoonMonths: 0 });
  expect(narrow.cards[0]?.isExpiringSoon).toBe(false);
});

test('an unmasked number keeps only its last 4 digits and warns without printing digits', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { cards } = normalizeCards([input({ number: '4111111111111111' })], { now });
  expect(cards[0]?.last4).toBe('1111');
  expect(JSON.stringify(cards)).not.toContain('411111');
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toMatch(/whole card number/);
  expect(String(warn.mock.calls[0]?.[0])).not.toMatch(/\d{4}/);
});

test('a bad card is skipped and reported by index and field, the others still show', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { cards, issues } = normalizeCards(
    [
      input({ token: 'good-1' }),
      input({ token: 'bad-month', number: '**** 2222', expiryMonth: '13' }),
      input({ token: 'good-2', number: '**** 3333' }),
      input({ token: 'bad-number', number: '4111 11' }),
      input({ token: '' }),
    ],
    { now },
  );
  expect(cards.map((card) => card.token)).toEqual(['good-1', 'good-2']);
  expect(issues.map(({ index, field }) => ({ index, field }))).toEqual([
    { index: 1, field: 'expiryMonth' },
    { index: 3, field: 'number' },
    { index: 4, field: 'token' },
  ]);
  const printed = [...issues.map((issue) => issue.message), ...warn.mock.calls.map((call) => String(call[0]))].join(
    '\n',
  );
  expect(printed).not.toMatch(/\d{5}/);
  expect(printed).not.toContain('4111');
});

test('orders preferred first, then usable cards, then expired ones, keeping backend order within each', () => {
  const { cards } = normalizeCards(
    [
      input({ token: 'expired', number: '**** 0001', isExpired: true }),
      input({ token: 'usable-a', number: '**** 0002' }),
      input({ token: 'preferred', number: '**** 0003', isPreferred: true }),
      input({ token: 'usable-b', number: '**** 0004' }),
      input({ token: 'expired-preferred', number: '**** 0005', isPreferred: true, isExpired: true }),
    ],
    { now },
  );
  expect(cards.map((card) => card.token)).toEqual([
    'preferred',
    'usable-a',
    'usable-b',
    'expired',
    'expired-preferred',
  ]);
});

describe('duplicates', () => {
  test('groups tokens of one physical card by PAR, listing it once with all its tokens', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'a', accountReference: 'PAR-1' }),
        input({ token: 'b', accountReference: 'PAR-1', nickname: 'second save' }),
        input({ token: 'c', accountReference: 'PAR-1', isPreferred: true }),
      ],
      { now },
    );
    expect(cards).toHaveLength(1);
    expect(cards[0]?.token).toBe('c');
    expect(cards[0]?.tokens).toEqual(['c', 'a', 'b']);
    expect(JSON.stringify(cards)).not.toContain('PAR-1');
  });

  test('without PAR, groups by brand + last 4 + expiry', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'a' }),
        input({ token: 'b' }),
        input({ token: 'other-expiry', expiryMonth: '06' }),
        input({ token: 'other-brand', brand: 'MASTERCARD' }),
      ],
      { now },
    );
    expect(cards.map((card) => card.tokens)).toEqual([['a', 'b'], ['other-expiry'], ['other-brand']]);
  });

  test('without PAR, a holder name (in any case) and funding must match too: two cards of one brand, last 4 and expiry are not merged', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'fatima', holderName: 'FATIMA AL-SABAH' }),
        input({ token: 'fatima-again', holderName: 'Fatima Al-Sabah' }),
        input({ token: 'omar', holderName: 'OMAR HADDAD' }),
        input({ token: 'no-name' }),
        input({ token: 'fatima-debit', holderName: 'Fatima Al-Sabah', funding: 'DC' }),
      ],
      { now },
    );
    expect(cards.map((card) => card.tokens)).toEqual([
      ['fatima', 'fatima-again'],
      ['omar'],
      ['no-name'],
      ['fatima-debit'],
    ]);
  });

  test('a reissued card shares its PAR with the old one but is its own entry, so the expired one never hides it', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'old', number: 'XXXX1111', expiryMonth: 2, expiryYear: 2024, accountReference: 'PAR-1' }),
        input({ token: 'renewed', number: 'XXXX2222', expiryMonth: 2, expiryYear: 2034, accountReference: 'PAR-1' }),
        input({
          token: 'same-number-new-expiry',
          number: 'XXXX1111',
          expiryMonth: 2,
          expiryYear: 2029,
          accountReference: 'PAR-1',
        }),
      ],
      { now },
    );
    expect(cards.map((card) => [card.tokens, card.last4, card.isExpired])).toEqual([
      [['renewed'], '2222', false],
      [['same-number-new-expiry'], '1111', false],
      [['old'], '1111', true],
    ]);
  });

  test('a group whose backend flags one token expired and another not is led by the usable token', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'flagged', accountReference: 'PAR-1', isExpired: true, isPreferred: true }),
        input({ token: 'usable', accountReference: 'PAR-1' }),
      ],
      { now },
    );
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ token: 'usable', tokens: ['usable', 'flagged'], isExpired: false });
  });

  test('different PARs stay separate even with the same last 4', () => {
    const { cards } = normalizeCards(
      [input({ token: 'a', accountReference: 'P1' }), input({ token: 'b', accountReference: 'P2' })],
      { now },
    );
    expect(cards).toHaveLength(2);
  });

  test('can show every token', () => {
    const { cards } = normalizeCards(
      [input({ token: 'a', accountReference: 'P' }), input({ token: 'b', accountReference: 'P' })],
      { now, dedupe: false },
    );
    expect(cards.map((card) => card.tokens)).toEqual([['a'], ['b']]);
  });

  test('the same token twice is one card', () => {
    const { cards } = normalizeCards([input({ token: 'a' }), input({ token: 'a', number: '**** 9999' })], {
      now,
      dedupe: false,
    });
    expect(cards).toHaveLength(1);
  });

  test('a group is delete-blocked when any of its tokens is', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'a', accountReference: 'P' }),
        input({ token: 'b', accountReference: 'P', deleteBlockedReason: { code: 'agreement' } }),
      ],
      { now },
    );
    expect(cards[0]?.deleteBlockedReason).toEqual({ code: 'agreement' });
  });
});

test('holder names and nicknames are kept as text, with long digit runs redacted', () => {
  const { cards } = normalizeCards(
    [input({ holderName: '<img src=x onerror=alert(1)>', nickname: 'card 4111111111111111' })],
    { now },
  );
  expect(cards[0]?.holderName).toBe('<img src=x onerror=alert(1)>');
  expect(cards[0]?.nickname).toBe('card •••');
});

describe('cards the backend sends without a number or an expiry', () => {
  test('a card whose number is null is listed without last 4 digits', () => {
    const { cards, issues } = normalizeCards(
      [input({ number: null }), input({ token: 'no-field', number: undefined })],
      { now },
    );
    expect(issues).toEqual([]);
    expect(cards.map((card) => [card.token, card.last4])).toEqual([
      ['tok_1', undefined],
      ['no-field', undefined],
    ]);
    expect(cards[0]).not.toHaveProperty('last4');
  });

  test('a card without an expiry has none, is never expired by date, and is usable; half an expiry is still skipped', () => {
    const { cards, issues } = normalizeCards(
      [
        input({ expiryMonth: undefined, expiryYear: null }),
        input({ token: 'blank', expiryMonth: '', expiryYear: ' ' }),
      ],
      { now: new Date(2099, 0, 1) },
    );
    expect(issues).toEqual([]);
    for (const card of cards) {
      expect(card).not.toHaveProperty('expiryMonth');
      expect(card).not.toHaveProperty('expiryYear');
      expect(card).toMatchObject({ isExpired: false, isExpiringSoon: false });
    }
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const halves = normalizeCards(
      [
        input({ expiryMonth: '05', expiryYear: null }),
        input({ token: 'b', expiryMonth: null }),
        input({ token: 'c', number: 'no digits' }),
      ],
      { now },
    );
    expect(halves.cards).toEqual([]);
    expect(halves.issues.map(({ index, field }) => ({ index, field }))).toEqual([
      { index: 0, field: 'expiryYear' },
      { index: 1, field: 'expiryMonth' },
      { index: 2, field: 'number' },
    ]);
  });

  test('the backend’s own flags still count for a card without an expiry', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'flagged', expiryMonth: null, expiryYear: null, isExpired: 1 }),
        input({ token: 'hinted', expiryMonth: null, expiryYear: null, expiresSoon: true }),
      ],
      { now },
    );
    expect(cards.map((card) => [card.token, card.isExpired, card.isExpiringSoon])).toEqual([
      ['hinted', false, true],
      ['flagged', true, false],
    ]);
  });

  test('without a PAR, two cards missing their last 4 or their expiry are never merged', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'a', number: null }),
        input({ token: 'b', number: null }),
        input({ token: 'c', expiryMonth: null, expiryYear: null }),
        input({ token: 'd', expiryMonth: null, expiryYear: null }),
      ],
      { now },
    );
    expect(cards.map((card) => card.tokens)).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  test('with one PAR, tokens of a card without an expiry are one card', () => {
    const { cards } = normalizeCards(
      [
        input({ token: 'a', expiryMonth: null, expiryYear: null, accountReference: 'P' }),
        input({ token: 'b', expiryMonth: null, expiryYear: null, accountReference: 'P' }),
      ],
      { now },
    );
    expect(cards.map((card) => card.tokens)).toEqual([['a', 'b']]);
  });
});

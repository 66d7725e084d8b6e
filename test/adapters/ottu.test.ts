import ottuCards from '../fixtures/ottu-user-cards.json';
import { ottuAdapter } from '../../src/adapters/ottu';
import { normalizeCards } from '../../src/core/normalize';
import { SavedCardsError } from '../../src/core/errors';

const now = new Date(2026, 10, 24);

test('reads the Ottu fixture: preferred first, expired last, locked card blocked, hint respected', () => {
  const { cards: inputs } = ottuAdapter().parseList(ottuCards);
  const { cards, issues } = normalizeCards(inputs, { now });
  expect(issues).toEqual([]);
  expect(cards.map((card) => [card.brand, card.last4, card.expiryMonth, card.expiryYear])).toEqual([
    ['visa', '0026', 1, 2039],
    ['mada', '7713', 12, 2026],
    ['amex', '1009', 6, 2031],
    ['mastercard', '4444', 9, 2024],
  ]);
  const [visa, mada, amex, mastercard] = cards;
  expect(visa).toMatchObject({
    isPreferred: true,
    cvvRequired: true,
    holderName: 'FATIMA AL-SABAH',
    gateway: 'mpgs',
    token: '9918766711067353',
  });
  expect(mada).toMatchObject({ isExpiringSoon: true, cvvRequired: false, deleteBlockedReason: { code: 'agreement' } });
  expect(mada?.holderName).toBeUndefined();
  expect(amex?.deleteBlockedReason).toBeUndefined();
  expect(mastercard?.isExpired).toBe(true);
});

test('the delete request is DELETE {endpoint}/{token}/', () => {
  expect(ottuAdapter().deleteRequest('abc')).toEqual({ method: 'DELETE', path: '/abc/' });
});

test('a {"detail": ...} list answer is a typed refusal, not a crash', () => {
  expect(() => ottuAdapter().parseList({ detail: 'Authentication credentials were not provided.' })).toThrow(
    SavedCardsError,
  );
  try {
    ottuAdapter().parseList({ detail: 'nope' });
  } catch (error) {
    expect((error as SavedCardsError).kind).toBe('rejected');
    expect((error as SavedCardsError).reason).toBe('nope');
  }
});

test('anything but an array is an invalid response', () => {
  for (const body of [null, 'cards', 42, { results: 'x' }]) {
    expect(() => ottuAdapter().parseList(body)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
  }
});

test('reads error bodies: detail, and field errors', () => {
  const adapter = ottuAdapter();
  expect(adapter.parseError?.(400, { detail: 'Card is used by an agreement' })).toEqual({
    kind: 'rejected',
    reason: 'Card is used by an agreement',
  });
  expect(adapter.parseError?.(404, { detail: 'Not found.' })).toEqual({ reason: 'Not found.' });
  expect(
    adapter.parseError?.(400, { customer_id: ['This field is required.'], type: ['"x" is not a valid choice.'] }),
  ).toEqual({
    reason: 'customer_id: This field is required.; type: "x" is not a valid choice.',
  });
  expect(adapter.parseError?.(500, undefined)).toBeUndefined();
});

test('a list answer that is one card object, as Ottu’s OpenAPI describes it, is that one card', () => {
  const [visa] = ottuCards;
  const { cards } = normalizeCards(ottuAdapter().parseList(visa).cards, { now });
  expect(cards.map((card) => card.token)).toEqual(['9918766711067353']);
});

test('a card whose number is null is listed without last 4 digits, with its token to delete it', () => {
  const { cards, issues } = normalizeCards(ottuAdapter().parseList([{ ...ottuCards[0], number: null }]).cards, { now });
  expect(issues).toEqual([]);
  expect(cards[0]).toMatchObject({ token: '9918766711067353', brand: 'visa', expiryMonth: 1, expiryYear: 2039 });
  expect(cards[0]?.last4).toBeUndefined();
});

test('reads Ottu’s {"error": {code, message, field}} body, in a list answer and a failing one', () => {
  const body = {
    error: {
      type: 'invalid_request_error',
      code: 'invalid_customer',
      message: 'Unknown customer.',
      field: 'customer_id',
    },
  };
  expect(() => ottuAdapter().parseList(body)).toThrow(
    expect.objectContaining({ kind: 'rejected', reason: 'customer_id: Unknown customer.' }),
  );
  expect(ottuAdapter().parseError?.(400, body)).toEqual({ kind: 'rejected', reason: 'customer_id: Unknown customer.' });
  expect(ottuAdapter().parseError?.(429, { error: { code: 'throttled', message: 'Request was throttled.' } })).toEqual({
    reason: 'Request was throttled.',
  });
});

// 1,000 saved cards in the kit's JSON contract (what `GET {endpoint}` answers), with every
// feature the component shows: ten brands, expired and expiring cards, one preferred card,
// delete-blocked cards (agreement and the backend's own words), holder names, nicknames,
// CVV hints, credit and debit. Deterministic, so every run renders the same list.
const BRANDS = ['visa', 'mastercard', 'amex', 'mada', 'discover', 'jcb', 'unionpay', 'diners', 'rupay', 'SomeNewBrand'];
const HOLDERS = ['Fatima Al-Sabah', 'Arjun Mehta', 'Lena Schmidt', 'Omar Haddad', 'Sofia Rossi'];

export const BENCH_CARD_COUNT = 1000;

export function benchCards(count = BENCH_CARD_COUNT): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => {
    const expired = index % 10 === 9;
    return {
      token: `tok_${index.toString(36).padStart(4, '0')}`,
      brand: BRANDS[index % BRANDS.length],
      last4: String(index).padStart(4, '0'),
      expiryMonth: (index % 12) + 1,
      expiryYear: expired ? 2020 + (index % 5) : 2030 + (index % 8),
      isPreferred: index === 3,
      expiresSoon: !expired && index % 7 === 0,
      holderName: HOLDERS[index % HOLDERS.length],
      ...(index % 3 === 0 && { nickname: `Card ${index}` }),
      funding: index % 2 === 0 ? 'credit' : 'debit',
      cvvRequired: index % 4 !== 0,
      ...(index % 25 === 11 && { deleteBlocked: { code: 'agreement' } }),
      ...(index % 25 === 17 && { deleteBlocked: { code: 'other', message: 'Used by a subscription' } }),
    };
  });
}

import { CARD_BRANDS, normalizeBrand } from '../../src/core/brands';

test.each([
  ['VISA', 'visa'],
  ['Visa', 'visa'],
  ['MASTERCARD', 'mastercard'],
  ['MasterCard', 'mastercard'],
  ['master_card', 'mastercard'],
  ['AMEX', 'amex'],
  ['American Express', 'amex'],
  ['mada', 'mada'],
  ['MADA', 'mada'],
  ['RUPAY', 'rupay'],
  ['KNET', 'knet'],
  ['Meeza', 'meeza'],
  ['Diners Club', 'diners'],
  ['JCB', 'jcb'],
  ['UnionPay', 'unionpay'],
  ['Maestro', 'maestro'],
  ['Discover', 'discover'],
  // PayU India's network codes, as in its samples' card_type and its iOS SDK's ISSUER_* constants.
  ['MAST', 'mastercard'],
  ['DINR', 'diners'],
  ['MAES', 'maestro'],
  ['SMAE', 'maestro'],
])('maps %j to %s', (raw, brand) => {
  expect(normalizeBrand(raw)).toBe(brand);
});

test.each([
  ['javascript:alert(1)'],
  ['<img src=x onerror=alert(1)>'],
  ['constructor'],
  ['__proto__'],
  [''],
  [null],
  [42],
  [{}],
])('maps anything else (%j) to unknown', (raw) => {
  expect(normalizeBrand(raw)).toBe('unknown');
});

test('the allowlist holds every brand the product promises', () => {
  for (const brand of [
    'visa',
    'mastercard',
    'amex',
    'discover',
    'diners',
    'jcb',
    'unionpay',
    'maestro',
    'mada',
    'knet',
    'meeza',
    'rupay',
    'unknown',
  ]) {
    expect(CARD_BRANDS).toContain(brand);
  }
});

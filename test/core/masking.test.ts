import { holdsDigitRun, last4FromNumber, redactText } from '../../src/core/masking';

test.each([
  ['**** 0026', '0026'],
  ['XXXXXXXXXXXX1258', '1258'],
  ['•••• 4242', '4242'],
  ['411111******1111', '1111'],
  ['1258', '1258'],
  ['xxxx-xxxx-xxxx-9876', '9876'],
])('takes the last 4 digits of the masked number %j', (raw, last4) => {
  expect(last4FromNumber(raw)).toEqual({ last4, wasUnmasked: false });
});

test.each([
  ['4111111111111111'],
  ['4111 1111 1111 1111'],
  ['4111-1111-1111-1'],
  ['6011000990139424'],
  ['3782822463100050000'],
])('keeps only the last 4 digits of an unmasked number %j, and says it was unmasked', (raw) => {
  const result = last4FromNumber(raw);
  expect(result?.wasUnmasked).toBe(true);
  expect(result?.last4).toBe(raw.replace(/\D/g, '').slice(-4));
});

test.each([[''], ['****'], ['12345'], ['abcd'], [null], [undefined], [{}], ['x'.repeat(100) + '1234']])(
  'refuses %j, which does not end in 4 digits',
  (raw) => {
    expect(last4FromNumber(raw)).toBeUndefined();
  },
);

test('redacts digit runs, control and bidi characters from backend text', () => {
  expect(redactText('Card 4111111111111111 is locked')).toBe('Card ••• is locked');
  expect(redactText('token 9918 7667 1106 7353 refused')).toBe('token ••• refused');
  expect(redactText('ends in 1234')).toBe('ends in 1234');
  expect(redactText('expires 05/37')).toBe('expires 05/37');
  for (const disguised of [
    '4111.1111.1111.1111',
    '4111/1111/1111/1111',
    '4111_1111_1111_1111',
    '4111,1111,1111,1111',
    '4111•1111•1111•1111',
    '4111 - 1111 - 1111 - 1111',
    '٤١١١٣٣٣٣٤٤٤٤١١١١',
  ]) {
    expect(redactText(`PAN ${disguised} locked`)).toBe('PAN ••• locked');
  }
  expect(redactText('a\u0000b\u202ec')).toBe('a b c');
  expect(redactText('x'.repeat(500))?.length).toBe(200);
  expect(redactText(42)).toBeUndefined();
  expect(redactText('   ')).toBeUndefined();
});

test('holdsDigitRun answers the same however often it is asked, between redactions too', () => {
  for (let round = 0; round < 3; round += 1) {
    expect(holdsDigitRun('order 12345678')).toBe(true);
    expect(holdsDigitRun('order 12345678')).toBe(true);
    expect(holdsDigitRun('Card 4111 1111 1111 1111')).toBe(true);
    expect(holdsDigitRun('4111a1111b1111c1111')).toBe(true);
    expect(redactText('id 12345678 and 4111a1111b1111c1111')).toBe('id ••• and •••');
    expect(holdsDigitRun('Work card')).toBe(false);
  }
});

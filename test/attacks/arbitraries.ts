import fc from 'fast-check';

/** Luhn check digit, so generated numbers look exactly like real card numbers. */
function withLuhn(digits: string): string {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

const digitString = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Unmasked 13–19 digit, Luhn-valid card numbers (and network token values, which look the same). */
export const cardNumber = digitString(12, 18).map(withLuhn);
export const bin = digitString(6, 8);
export const par = digitString(20, 28).map((digits) => `V${digits}`);

/** Text an attacker or a broken backend might send. */
export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '\u202eFATIMA\u202c',
    'a\u200bb\u200fc',
    'محمد العلي',
    '__proto__',
    'constructor',
    'x'.repeat(10_000),
  ),
);

/** Anything JSON can hold, including hostile keys. */
export const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'status', 'cards', 'user_cards', 'result'),
    fc.jsonValue(),
  ),
);

export interface Secrets {
  numbers: string[];
}

/** What the kit wrote into an error's stack (its name and message), without the frames' file paths, which may hold any digits. */
export function stackHead(error: unknown): string {
  return String((error as Error | undefined)?.stack ?? '').split(/\n\s+at /)[0] ?? '';
}

/** A 5-digit window of any secret: seeing one means more than the last 4 digits leaked. */
export function leakedWindows(secrets: readonly string[], text: string): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    const digits = secret.replace(/\D/g, '');
    for (let start = 0; start + 5 <= digits.length; start += 1) {
      const window = digits.slice(start, start + 5);
      if (text.includes(window)) found.push(window);
    }
  }
  return found;
}

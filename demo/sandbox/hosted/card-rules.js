// @ts-check
// The card rules the hosted fields check as the shopper types (hosted.js, in the iframe) and the sandbox checks
// again when it tokenises (hosted.mjs): one file, served to the iframe and imported by the server.

/** @typedef {'visa' | 'mastercard' | 'amex' | 'discover'} CardBrand */

/** @param {string} digits @returns {CardBrand | undefined} */
export function brandOf(digits) {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  return undefined;
}

/** @param {string} digits */
export function luhn(digits) {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The security code's length for a brand: four digits on the front of an Amex, three on the back of others. */
export const cvcLength = (/** @type {CardBrand | undefined} */ brand) => (brand === 'amex' ? 4 : 3);

import { savedCard } from '../saved-card';
import { successor } from '../../src/core/selection';
import * as headless from '../../src/headless';
import * as main from '../../src/index';
import { brandName, cardAccessibleName, cardName, defaultSelection, en } from '../../src/headless';

const saved = savedCard;

test('brand and accessible names come from the headless entry, in English by default', () => {
  expect(brandName('amex')).toBe('American Express');
  expect(cardName(saved('a'))).toBe('Visa ending in 1258');
  expect(cardAccessibleName(saved('a', { isPreferred: true }))).toBe('Visa ending in 1258, expires 05/37, preferred');
  expect(cardName(saved('a'), { ...en, cardName: '{brand} •{last4}' })).toBe('Visa •1258');
});

test('the default choice is a plain function; the focus successor stays inside the kit', () => {
  const a = saved('a');
  const b = saved('b', { isPreferred: true });
  const expired = saved('x', { isExpired: true });
  const c = saved('c');
  expect(defaultSelection([a, b, c])).toBe(b);
  expect(successor('b', [a, b, expired, c], [a, expired, c])).toBe(c);
  expect(successor('c', [a, c], [a])).toBe(a);
});

test("neither entry exports successor: the kit's own rule for where selection and focus go, not public API", () => {
  expect(Object.keys(headless)).not.toContain('successor');
  expect(Object.keys(main)).not.toContain('successor');
});

import { expect, test } from 'vitest';
import * as headless from '../../src/headless';
import * as main from '../../src/index';
import * as server from '../../src/server/index';

// The kit's own plumbing: a merchant needs none of it, and each kind of pending work is read one way
// (useSavedCards' deletingTokens and changingTokens).
const BROWSER_PLUMBING = [
  'tokenPathSegment',
  'successor',
  'normalizeCards',
  'errorText',
  'isSavedCardsError',
  'cardBrandName',
  'usePendingDeletes',
  'usePendingChanges',
];
const SERVER_PLUMBING = ['payuHash', 'payuStorecardSignature', 'isSavedCardsError', 'defaultSelection'];

test('the browser entries export none of the plumbing', () => {
  expect(Object.keys(main).filter((name) => BROWSER_PLUMBING.includes(name))).toEqual([]);
  expect(Object.keys(headless).filter((name) => BROWSER_PLUMBING.includes(name))).toEqual([]);
});

test('the server entry exports none of the plumbing', () => {
  expect(Object.keys(server).filter((name) => SERVER_PLUMBING.includes(name))).toEqual([]);
});

test('what a merchant uses stays: the error class, the names, the default choice, the contract adapter', () => {
  expect(Object.keys(main)).toEqual(
    expect.arrayContaining(['SavedCardsError', 'cardName', 'cardAccessibleName', 'defaultSelection', 'useSavedCards']),
  );
  expect(Object.keys(server)).toEqual(expect.arrayContaining(['SavedCardsError', 'jsonAdapter', 'readCookie']));
});

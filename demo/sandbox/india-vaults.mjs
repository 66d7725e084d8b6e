// @ts-check
// The sandbox's PayU v2 storecard, Cashfree and Juspay stand-ins, each under its own path prefix
// (`/payu-v2`, `/cashfree/pg`, `/juspay`), with the provider's auth check, answers and error bodies.
// sandbox.mjs routes to them and owns faults and the call log.
import { createHash } from 'node:crypto';
import {
  cashfreeInstrument,
  cashfreeSeed,
  juspayCard,
  juspaySeed,
  payuCard,
  payuStorecardSeed,
} from './india-seed.mjs';
import { letterId } from './hosted.mjs';

export const INDIA_PREFIXES = /** @type {const} */ ({
  'payu-storecard': '/payu-v2',
  cashfree: '/cashfree/pg',
  juspay: '/juspay',
});

/**
 * @typedef {import('./vaults.mjs').VaultCall} VaultCall
 * @typedef {import('./vaults.mjs').SendJson} SendJson
 * @typedef {{ payuKey: string, payuSalt: string, payuMid: string, cashfreeClientId: string, cashfreeClientSecret: string,
 *   juspayApiKey: string, juspayMerchantId: string }} IndiaCredentials
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** Which stand-in a path belongs to. @param {string} pathname */
export function indiaVaultOf(pathname) {
  for (const [name, prefix] of Object.entries(INDIA_PREFIXES)) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`))
      return /** @type {keyof typeof INDIA_PREFIXES} */ (name);
  }
  return undefined;
}

/**
 * @param {{ credentials: IndiaCredentials, sendJson: SendJson, safeEqual: (a: string, b: string) => boolean,
 *   failsDelete: (token: string) => boolean, malformed: () => boolean | 'truncated' | 'shape' }} context
 */
export function createIndiaVaults({ credentials, sendJson, safeEqual, failsDelete, malformed }) {
  /** @type {{ payu: ReturnType<typeof payuStorecardSeed>, cashfree: ReturnType<typeof cashfreeSeed>, juspay: ReturnType<typeof juspaySeed> }} */
  let state;
  function reset() {
    state = { payu: payuStorecardSeed(), cashfree: cashfreeSeed(), juspay: juspaySeed() };
  }
  reset();

  /** @param {Res} res @param {string} text */
  const sendTruncated = (res, text) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(text);
  };

  // ---- PayU v2 storecard --------------------------------------------------------------------
  /**
   * The `authorization` header PayU's pages describe, checked as their Postman script computes it:
   * SHA-512 of `{body}|{date}|{salt}` with an empty body for GET and DELETE.
   * @param {Req} req
   */
  function payuAuthorized(req) {
    const date = req.headers.date;
    const header = req.headers.authorization ?? '';
    const fields = Object.fromEntries([...header.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    if (typeof date !== 'string' || !header.startsWith('hmac ')) return false;
    if (fields.algorithm !== 'sha512' || fields.headers !== 'date') return false;
    if (!safeEqual(fields.username ?? '', credentials.payuKey)) return false;
    const expected = createHash('sha512').update(`|${date}|${credentials.payuSalt}`).digest('hex');
    return safeEqual(fields.signature ?? '', expected);
  }

  /**
   * @param {Req} req @param {Res} res @param {string} path @param {URL} url
   * @returns {VaultCall}
   */
  function payuStorecard(req, res, path, url) {
    /** @param {string} message @param {number} [status] */
    const refuse = (message, status = 200) => sendJson(res, status, { status: 0, message });
    if (!payuAuthorized(req)) {
      refuse('Authentication failed', 401);
      return { operation: 'auth' };
    }
    const mid = req.headers.mid;
    if (mid !== undefined && mid !== credentials.payuMid) {
      refuse('Invalid mid', 401);
      return { operation: 'auth' };
    }
    // PayU's pages spell the parameter `userCredential` (the seed) and `userCredentials` (the newest).
    const credential = url.searchParams.get('userCredential') ?? url.searchParams.get('userCredentials') ?? '';
    const prefix = `${credentials.payuKey}:`;
    const customerId = credential.startsWith(prefix) ? credential.slice(prefix.length) : '';
    const method = req.method ?? 'GET';
    const isList = path === '/storecard/instrument/v1' && (method === 'GET' || method === 'POST');
    const isDelete = path === '/storecard/card/v1' && method === 'DELETE';
    if (!isList && !isDelete) {
      refuse('Not found', 404);
      return { operation: 'other' };
    }
    if (!customerId) {
      refuse('userCredential is invalid');
      return { operation: isList ? 'list' : 'delete' };
    }
    const customer = Object.hasOwn(state.payu, customerId) ? state.payu[customerId] : undefined;
    const cards = customer?.cards ?? [];
    if (isList) {
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { status: 1, message: 'Success', result: 'unavailable' });
        else sendTruncated(res, '{"status":1,"message":"Success","result":{"user_cards":{"');
        return { operation: 'list', customerId };
      }
      if (!customer || (cards.length === 0 && customer.instruments.length === 0)) refuse('No cards found');
      else if (customer.shape === 'array')
        sendJson(res, 200, {
          status: 1,
          message: 'Success',
          user_cards: cards,
          user_instruments: customer.instruments,
        });
      else
        sendJson(res, 200, {
          message: 'Success',
          status: 1,
          result: {
            user_cards: Object.fromEntries(cards.map((card) => [card.cardToken, card])),
            user_instruments: customer.instruments,
          },
        });
      return { operation: 'list', customerId };
    }
    const token = url.searchParams.get('cardToken');
    if (!token) {
      refuse('cardToken is mandatory');
      return { operation: 'delete', customerId };
    }
    const index = cards.findIndex((card) => card.cardToken === token);
    if (index === -1) {
      refuse('cardToken is invalid');
      return { operation: 'delete', customerId, token };
    }
    if (failsDelete(token)) {
      refuse('Card could not be deleted as it is linked to an active standing instruction.');
      return { operation: 'delete', customerId, token };
    }
    cards.splice(index, 1);
    sendJson(res, 200, { status: 1, message: 'Card deleted successfully' });
    return { operation: 'delete', customerId, token, deleted: true };
  }

  // ---- Cashfree -----------------------------------------------------------------------------
  /** @param {string} message @param {string} code @param {string} type */
  const cashfreeError = (message, code, type) => ({ message, code, type });

  /**
   * @param {Req} req @param {Res} res @param {string} path @param {URL} url
   * @returns {VaultCall}
   */
  function cashfree(req, res, path, url) {
    const id = req.headers['x-client-id'];
    const secret = req.headers['x-client-secret'];
    if (
      typeof id !== 'string' ||
      typeof secret !== 'string' ||
      !safeEqual(id, credentials.cashfreeClientId) ||
      !safeEqual(secret, credentials.cashfreeClientSecret)
    ) {
      sendJson(res, 401, cashfreeError('authentication Failed', 'request_failed', 'authentication_error'));
      return { operation: 'auth' };
    }
    if (!req.headers['x-api-version']) {
      sendJson(
        res,
        400,
        cashfreeError('x-api-version is missing in the request', 'request_failed', 'invalid_request_error'),
      );
      return { operation: 'other' };
    }
    const match = /^\/customers\/([^/]+)\/instruments(?:\/([^/]+))?$/.exec(path);
    if (!match) {
      sendJson(res, 404, cashfreeError('Not found', 'request_failed', 'invalid_request_error'));
      return { operation: 'other' };
    }
    const customerId = decodeURIComponent(match[1] ?? '');
    const instruments = Object.hasOwn(state.cashfree, customerId) ? (state.cashfree[customerId] ?? []) : [];
    const method = req.method ?? 'GET';
    if (!match[2] && method === 'GET') {
      if (url.searchParams.get('instrument_type') !== 'card') {
        sendJson(
          res,
          400,
          cashfreeError('instrument_type : invalid value provided', 'instrument_type_invalid', 'invalid_request_error'),
        );
        return { operation: 'list', customerId };
      }
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { instruments: 'unavailable' });
        else sendTruncated(res, '[{"customer_id":"cu');
        return { operation: 'list', customerId };
      }
      sendJson(res, 200, instruments);
      return { operation: 'list', customerId };
    }
    if (match[2] && method === 'DELETE') {
      const token = decodeURIComponent(match[2]);
      const instrument = instruments.find(
        (item) => item.instrument_id === token && item.instrument_status === 'ACTIVE',
      );
      if (!instrument) {
        sendJson(res, 404, cashfreeError('instrument not found', 'instrument_not_found', 'invalid_request_error'));
        return { operation: 'delete', customerId, token };
      }
      if (failsDelete(token)) {
        sendJson(
          res,
          400,
          cashfreeError(
            'instrument cannot be deleted while an active subscription uses it',
            'instrument_in_use',
            'invalid_request_error',
          ),
        );
        return { operation: 'delete', customerId, token };
      }
      // Cashfree keeps a deleted card as INACTIVE and answers with it.
      instrument.instrument_status = 'INACTIVE';
      sendJson(res, 200, instrument);
      return { operation: 'delete', customerId, token, deleted: true };
    }
    sendJson(res, 405, cashfreeError('Method not allowed', 'request_failed', 'invalid_request_error'));
    return { operation: 'other' };
  }

  // ---- Juspay -------------------------------------------------------------------------------
  /** @param {string} message @param {string} [code] */
  const juspayError = (message, code = 'BAD_REQUEST') => ({ error: true, error_code: code, error_message: message });

  /**
   * @param {Req} req @param {Res} res @param {string} path @param {URL} url @param {string} raw the request body
   * @returns {VaultCall}
   */
  function juspay(req, res, path, url, raw) {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [key, ...password] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    const merchant = req.headers['x-merchantid'];
    if (!key || password.join(':') !== '' || !safeEqual(key, credentials.juspayApiKey)) {
      sendJson(res, 401, juspayError('Unauthorized', 'UNAUTHORIZED'));
      return { operation: 'auth' };
    }
    if (typeof merchant !== 'string' || !safeEqual(merchant, credentials.juspayMerchantId)) {
      sendJson(res, 403, juspayError('Merchant id does not match the API key', 'FORBIDDEN'));
      return { operation: 'auth' };
    }
    const method = req.method ?? 'GET';
    /** @param {string} token */
    const ownerOf = (token) =>
      Object.entries(state.juspay).find(([, cards]) => cards.some((card) => card.card_token === token))?.[0];
    if (path === '/cards' && method === 'GET') {
      const customerId = url.searchParams.get('customer_id') ?? '';
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { customer_id: customerId, cards: 'unavailable' });
        else sendTruncated(res, '{"customer_id":"cu');
        return { operation: 'list', customerId };
      }
      const cards = Object.hasOwn(state.juspay, customerId) ? (state.juspay[customerId] ?? []) : [];
      sendJson(res, 200, { customer_id: customerId, merchantId: credentials.juspayMerchantId, cards });
      return { operation: 'list', customerId };
    }
    const form = new URLSearchParams(raw);
    const token = form.get('card_token') ?? '';
    if (path === '/card/delete' && method === 'POST') {
      const customerId = ownerOf(token);
      const cards = customerId ? (state.juspay[customerId] ?? []) : [];
      const index = cards.findIndex((card) => card.card_token === token);
      if (!customerId || index === -1) {
        sendJson(res, 400, juspayError('Invalid card token'));
        return { operation: 'delete', token };
      }
      if (failsDelete(token)) {
        sendJson(res, 400, juspayError('Card is linked to an active mandate and cannot be deleted'));
        return { operation: 'delete', customerId, token };
      }
      const [card] = cards.splice(index, 1);
      sendJson(res, 200, { card_token: token, card_reference: card?.card_reference, deleted: true });
      return { operation: 'delete', customerId, token, deleted: true };
    }
    if (path === '/card/update' && method === 'POST') {
      const customerId = form.get('customer_id') ?? '';
      if (!Object.hasOwn(state.juspay, customerId)) {
        sendJson(res, 400, juspayError('Invalid customer id'));
        return { operation: 'other', token };
      }
      const card = state.juspay[customerId]?.find((item) => item.card_token === token);
      if (!card) {
        sendJson(res, 400, juspayError('Invalid card token'));
        return { operation: 'other', customerId, token };
      }
      const nickname = form.get('nickname');
      if (nickname === null) {
        sendJson(res, 400, juspayError('Nothing to update'));
        return { operation: 'other', customerId, token };
      }
      // Juspay's rule: letters and spaces, at most 64.
      if (!/^[A-Za-z ]{0,64}$/.test(nickname)) {
        sendJson(res, 400, juspayError('nickname may hold only letters and spaces, at most 64'));
        return { operation: 'other', customerId, token };
      }
      card.nickname = nickname;
      sendJson(res, 200, { card_token: token, message: 'Card details updated', status: 'SUCCESS' });
      return { operation: 'other', customerId, token };
    }
    sendJson(res, 404, juspayError('Not found', 'NOT_FOUND'));
    return { operation: 'other' };
  }

  // ---- New cards from the hosted card form (hosted.mjs), each in its provider's own shape -------------
  // Tokenised cards in India are CVV-less: none of these asks for the security code.
  const NETWORKS = { visa: 'VISA', mastercard: 'MASTERCARD', amex: 'AMEX', discover: 'DISCOVER' };
  const two = (/** @type {number} */ value) => String(value).padStart(2, '0');
  const hex = () =>
    letterId('', 20)
      .toLowerCase()
      .replace(/[g-z]/g, (letter) => String(letter.charCodeAt(0) % 10));
  /** @type {Record<keyof typeof INDIA_PREFIXES, import('./hosted.mjs').MerchantVault>} */
  const merchantVaults = {
    'payu-storecard': {
      save(customerId, card) {
        const customer = Object.hasOwn(state.payu, customerId) ? state.payu[customerId] : undefined;
        if (!customer) return undefined;
        const token = hex();
        const { networkToken: _none, ...fields } = payuCard(token, {
          cardNo: `XXXXXXXXXXXX${card.last4}`,
          cardBin: card.bin,
          cardBrand: NETWORKS[card.brand],
          cardExpiryMonth: card.expMonth,
          cardExpiryYear: card.expYear,
          par: `P${card.fingerprint}`,
          nameOnCard: '',
        });
        customer.cards.push(fields);
        return token;
      },
      find: (customerId, token) =>
        Object.hasOwn(state.payu, customerId) && state.payu[customerId]?.cards.some((card) => card.cardToken === token)
          ? { cvvRequired: false }
          : undefined,
    },
    cashfree: {
      save(customerId, card) {
        const instruments = Object.hasOwn(state.cashfree, customerId) ? state.cashfree[customerId] : undefined;
        if (!instruments) return undefined;
        const id = crypto.randomUUID();
        const instrument = cashfreeInstrument(id, card.fingerprint, {
          network: NETWORKS[card.brand],
          last4: card.last4,
        });
        instrument.customer_id = customerId;
        if (instrument.instrument_meta?.card_token_details) {
          instrument.instrument_meta.card_token_details.expiry_month = two(card.expMonth);
          instrument.instrument_meta.card_token_details.expiry_year = String(card.expYear);
        }
        instruments.push(instrument);
        return id;
      },
      find: (customerId, token) =>
        Object.hasOwn(state.cashfree, customerId) &&
        state.cashfree[customerId]?.some((item) => item.instrument_id === token)
          ? { cvvRequired: false }
          : undefined,
    },
    juspay: {
      save(customerId, card) {
        const cards = Object.hasOwn(state.juspay, customerId) ? state.juspay[customerId] : undefined;
        if (!cards) return undefined;
        const token = crypto.randomUUID();
        cards.push(
          juspayCard(token, {
            card_fingerprint: card.fingerprint.toLowerCase(),
            card_number: `${card.bin.slice(0, 4)}-XXXXXXXX-${card.last4}`,
            card_isin: card.bin,
            card_brand: NETWORKS[card.brand],
            card_exp_year: String(card.expYear),
            card_exp_month: two(card.expMonth),
            name_on_card: '',
          }),
        );
        return token;
      },
      find: (customerId, token) =>
        Object.hasOwn(state.juspay, customerId) && state.juspay[customerId]?.some((item) => item.card_token === token)
          ? { cvvRequired: false }
          : undefined,
    },
  };

  return {
    reset,
    merchantVaults,
    /**
     * @param {keyof typeof INDIA_PREFIXES} vault @param {Req} req @param {Res} res @param {URL} url
     * @param {string} raw the request body
     */
    handle(vault, req, res, url, raw) {
      const path = url.pathname.slice(INDIA_PREFIXES[vault].length);
      if (vault === 'payu-storecard') return payuStorecard(req, res, path, url);
      if (vault === 'cashfree') return cashfree(req, res, path, url);
      return juspay(req, res, path, url, raw);
    },
  };
}

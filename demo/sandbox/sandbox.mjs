// A local stand-in for Ottu's and PayU India's user-cards endpoints (and, in vaults.mjs, Stripe's, Adyen's,
// Checkout.com's and Razorpay's; in india-vaults.mjs, PayU's v2 storecard API, Cashfree's and Juspay's; in
// braintree-vault.mjs, Braintree's), for the demo and the server tests.
// Plain ESM for Node 20: `node demo/sandbox/main.mjs` runs it without a build step. Not published.
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import {
  CUSTOMER_A,
  CUSTOMER_B,
  OTTU_AMEX_TOKEN,
  PAYU_DUPLICATE_TOKENS,
  PAYU_TRAVEL_TOKEN,
  ottuCard,
  ottuSeed,
  payuSeed,
} from './seed.mjs';
import { createVaults, VAULT_PREFIXES, vaultOf } from './vaults.mjs';
import { createIndiaVaults, INDIA_PREFIXES, indiaVaultOf } from './india-vaults.mjs';
import { BRAINTREE_PREFIX, createBraintreeVault } from './braintree-vault.mjs';
import { createHosted, HOSTED_PREFIX, letterId } from './hosted.mjs';

export { CUSTOMER_A, CUSTOMER_B, OTTU_AMEX_TOKEN, PAYU_DUPLICATE_TOKENS, PAYU_TRAVEL_TOKEN };
export {
  ADYEN_AMEX_TOKEN,
  CHECKOUT_AMEX_TOKEN,
  RAZORPAY_AMEX_TOKEN,
  STRIPE_AMEX_TOKEN,
  STRIPE_DUPLICATE_TOKENS,
  STRIPE_MANY_CARDS_CUSTOMER,
} from './vault-seed.mjs';
export { CASHFREE_AMEX_TOKEN, JUSPAY_AMEX_TOKEN, PAYU_STORECARD_AMEX_TOKEN } from './india-seed.mjs';
export { BRAINTREE_AMEX_TOKEN, braintreeId } from './braintree-vault.mjs';

/** Test credentials. Letters only in the secrets, so a leak cannot hide behind digit redaction. */
export const SANDBOX_CREDENTIALS = Object.freeze({
  ottuApiKey: 'ottuPrivateKeySandboxQwErTyZxCv',
  payuKey: 'sbxKeyPq',
  payuSalt: 'sbxSaltMnBvCxZaQwErTyUi',
  stripeSecretKey: 'sk_test_sbxStripeSecretKeyQwErTyUiOp',
  adyenApiKey: 'AQEyhmfxsbxAdyenApiKeyQwErTyUiOp',
  adyenMerchantAccount: 'SandboxShopECOM',
  checkoutSecretKey: 'sk_sbox_sbxCheckoutSecretKeyAsDfGh',
  razorpayKeyId: 'rzp_test_sbxKeyIdZxCv',
  razorpayKeySecret: 'sbxRazorpayKeySecretPoIuYtRe',
  payuMid: 'sbxMid',
  cashfreeClientId: 'sbxCashfreeAppId',
  cashfreeClientSecret: 'cfsk_ma_test_sbxCashfreeSecretQwErTy',
  juspayApiKey: 'sbxJuspayApiKeyMnBvCxZl',
  juspayMerchantId: 'sbxshop',
  braintreePublicKey: 'sbxBraintreePublicKey',
  braintreePrivateKey: 'sbxBraintreePrivateKeyLkJhGf',
  braintreeMerchantId: 'sbxmerchant',
  hostedSecretKey: 'sk_sbx_hostedFieldsKeyPoIuYtReWq',
});

/** @typedef {import('./sandbox.d.mts').SandboxFaults} SandboxFaults */
/** @typedef {import('./sandbox.d.mts').SandboxCall} SandboxCall */

/** @type {SandboxFaults} */
const NO_FAULTS = Object.freeze({
  latencyMs: 0,
  failureRate: 0,
  seed: 1,
  failDeleteToken: null,
  htmlErrors: false,
  malformed: false,
});

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const MAX_BODY_BYTES = 64 * 1024;
const MAX_LATENCY_MS = 60_000;
const OTTU_LIST_PATH = '/b/pbl/v2/card/';
const OTTU_CARD_PATH = /^\/b\/pbl\/v2\/card\/([^/]+)\/$/;
const PAYU_PATH = /^\/merchant\/postservice(?:\.php)?$/;

/**
 * A small deterministic generator (mulberry32), so a failure rate replays the same way in tests.
 * @param {number} seed
 */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {string} a @param {string} b */
function safeEqual(a, b) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...(text && { 'Content-Type': 'application/json' }), ...headers });
  res.end(text);
}

/** @param {http.ServerResponse} res @param {number} status @param {string} contentType @param {string} text */
function sendText(res, status, contentType, text) {
  res.writeHead(status, { 'Content-Type': contentType });
  res.end(text);
}

/**
 * @param {http.IncomingMessage} req
 * @returns {Promise<string | undefined>} undefined when the body is too large
 */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {string | undefined} value */
function mediaType(value) {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {Partial<SandboxFaults>} partial
 * @returns {Partial<SandboxFaults>}
 */
function checkFaults(partial) {
  if (!isRecord(partial)) throw new TypeError('faults must be an object');
  /** @type {Partial<SandboxFaults>} */
  const result = {};
  for (const [name, value] of Object.entries(partial)) {
    if (name === 'latencyMs' || name === 'seed') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new TypeError(`${name} must be a number >= 0`);
      result[name] = name === 'latencyMs' ? Math.min(value, MAX_LATENCY_MS) : Math.floor(value);
    } else if (name === 'failureRate') {
      if (typeof value !== 'number' || !(value >= 0 && value <= 1))
        throw new TypeError('failureRate must be between 0 and 1');
      result.failureRate = value;
    } else if (name === 'failDeleteToken') {
      const valid =
        value === null ||
        typeof value === 'string' ||
        (Array.isArray(value) && value.every((item) => typeof item === 'string'));
      if (!valid) throw new TypeError('failDeleteToken must be a string, an array of strings or null');
      result.failDeleteToken = Array.isArray(value) ? [...value] : value;
    } else if (name === 'htmlErrors') {
      if (typeof value !== 'boolean') throw new TypeError('htmlErrors must be a boolean');
      result.htmlErrors = value;
    } else if (name === 'malformed') {
      if (value !== false && value !== true && value !== 'truncated' && value !== 'shape') {
        throw new TypeError('malformed must be false, true, "truncated" or "shape"');
      }
      result.malformed = value;
    } else {
      throw new TypeError(`unknown fault: ${name}`);
    }
  }
  return result;
}

const HTML_ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>The upstream server is not responding.</p></body></html>';

/**
 * Starts the sandbox on loopback. See sandbox.d.mts for the options and the handle.
 * @param {import('./sandbox.d.mts').SandboxOptions} [options]
 * @returns {Promise<import('./sandbox.d.mts').Sandbox>}
 */
export async function startSandbox(options = {}) {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error('The sandbox listens on loopback only (127.0.0.1, ::1 or localhost).');
  const credentials = { ...SANDBOX_CREDENTIALS, ...options.credentials };
  const now = options.now ?? (() => new Date());
  const initialFaults = { ...NO_FAULTS, ...checkFaults(options.faults ?? {}) };

  /** @type {{ ottu: Record<string, Record<string, unknown>[]>, payu: Record<string, Record<string, Record<string, unknown>>> }} */
  let state;
  /** @type {SandboxFaults} */
  let faults;
  /** @type {() => number} */
  let random;
  /** @type {SandboxCall[]} */
  let calls;
  /** @type {Set<NodeJS.Timeout>} */
  const timers = new Set();
  // What each stand-in shares with the sandbox: the credentials, the answer writer, and the faults.
  const context = {
    credentials,
    sendJson,
    safeEqual,
    failsDelete: (/** @type {string} */ token) => failsDelete(token),
    malformed: () => faults.malformed,
  };
  const vaults = createVaults(context);
  const indiaVaults = createIndiaVaults(context);
  const braintreeVault = createBraintreeVault(context);
  const hosted = createHosted({
    sendJson,
    safeEqual,
    secretKey: credentials.hostedSecretKey,
    now,
    vaults: {
      ottu: {
        save(customerId, card) {
          const cards = Object.hasOwn(state.ottu, customerId) ? state.ottu[customerId] : undefined;
          if (!cards) return undefined;
          const token = letterId('', 24);
          cards.push(
            ottuCard(customerId, {
              brand: { visa: 'VISA', mastercard: 'MASTERCARD', amex: 'AMEX', discover: 'DISCOVER' }[card.brand],
              name_on_card: null,
              number: `**** ${card.last4}`,
              expiry_month: String(card.expMonth).padStart(2, '0'),
              expiry_year: String(card.expYear % 100).padStart(2, '0'),
              token,
            }),
          );
          return token;
        },
        find(customerId, token) {
          const card = state.ottu[customerId]?.find((item) => item.token === token);
          return card && { cvvRequired: card.cvv_required === true };
        },
      },
      payu: {
        save(customerId, card) {
          const cards = (state.payu[customerId] ??= {});
          const token = letterId('', 20).toLowerCase();
          cards[token] = {
            name_on_card: '',
            card_name: '',
            expiry_year: String(card.expYear),
            expiry_month: String(card.expMonth).padStart(2, '0'),
            card_type: 'CC',
            card_token: token,
            is_expired: 0,
            card_mode: 'CC',
            card_no: `XXXXXXXXXXXX${card.last4}`,
            card_brand: { visa: 'VISA', mastercard: 'MASTERCARD', amex: 'AMEX', discover: 'DISCOVER' }[card.brand],
            card_bin: card.bin,
            isDomestic: 'N',
            // Tokenised cards in India are CVV-less.
            card_cvv: 0,
          };
          return token;
        },
        find(customerId, token) {
          const cards = state.payu[customerId];
          const card = cards && Object.hasOwn(cards, token) ? cards[token] : undefined;
          return card && { cvvRequired: String(card.card_cvv) === '1' };
        },
      },
      ...vaults.merchantVaults,
      ...indiaVaults.merchantVaults,
      braintree: braintreeVault.merchantVault,
    },
  });

  function reset() {
    const today = now();
    state = { ottu: structuredClone(ottuSeed(today)), payu: structuredClone(payuSeed(today)) };
    vaults.reset();
    indiaVaults.reset();
    braintreeVault.reset();
    hosted.reset();
    faults = { ...initialFaults };
    random = seededRandom(faults.seed);
    calls = [];
  }
  reset();

  /** @param {Partial<SandboxFaults>} partial */
  function setFaults(partial) {
    const checked = checkFaults(partial);
    faults = { ...faults, ...checked };
    if ('seed' in checked) random = seededRandom(faults.seed);
    return { ...faults };
  }

  /** @param {string} token */
  function failsDelete(token) {
    const failing = faults.failDeleteToken;
    return Array.isArray(failing) ? failing.includes(token) : failing === token;
  }

  /** @param {number} ms */
  function delay(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(undefined);
      }, ms);
      timers.add(timer);
    });
  }

  /** @param {SandboxCall} call */
  function record(call) {
    // Bounded: a long demo session must not grow without end.
    if (calls.length >= 1000) calls.shift();
    calls.push(call);
  }

  // ---- Ottu ---------------------------------------------------------------------------------
  const TYPES = ['sandbox', 'production'];

  /** @param {Record<string, unknown>} fields @returns {Record<string, string[]> | undefined} */
  function ottuFieldErrors(fields) {
    /** @type {Record<string, string[]>} */
    const errors = {};
    const customerId = fields.customer_id;
    if (customerId === undefined || customerId === null || customerId === '')
      errors.customer_id = ['This field is required.'];
    else if (typeof customerId !== 'string') errors.customer_id = ['Not a valid string.'];
    const type = fields.type;
    if (type === undefined || type === null || type === '') errors.type = ['This field is required.'];
    else if (typeof type !== 'string' || !TYPES.includes(type))
      errors.type = [`"${String(type)}" is not a valid choice.`];
    return Object.keys(errors).length ? errors : undefined;
  }

  /** @param {string} customerId @param {string} type */
  function ottuCards(customerId, type) {
    // Cards saved in Ottu's sandbox are not in its production store.
    return type === 'sandbox' ? (state.ottu[customerId] ?? []) : [];
  }

  /**
   * The optional filters of Ottu's list: `pg_codes` (cards of those gateways) and `agreement_id`
   * (at most the one card that agreement uses).
   * @param {Record<string, unknown>[]} cards @param {Record<string, unknown>} fields
   */
  function ottuListed(cards, fields) {
    const pgCodes = Array.isArray(fields.pg_codes) ? fields.pg_codes : undefined;
    const byGateway = pgCodes ? cards.filter((card) => pgCodes.includes(card.pg_code)) : cards;
    if (typeof fields.agreement_id !== 'string') return byGateway;
    const agreementId = fields.agreement_id;
    return byGateway
      .filter((card) => Array.isArray(card.agreements) && card.agreements.includes(agreementId))
      .slice(0, 1);
  }

  /**
   * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {URL} url @param {string} raw
   * @returns {Omit<SandboxCall, 'provider' | 'status'>}
   */
  function ottu(req, res, url, raw) {
    const method = req.method ?? 'GET';
    const auth = req.headers.authorization;
    if (!auth) {
      sendJson(res, 401, { detail: 'Authentication credentials were not provided.' });
      return { operation: 'auth' };
    }
    const key = /^Api-Key (.+)$/.exec(auth)?.[1];
    if (!key || !safeEqual(key, credentials.ottuApiKey)) {
      sendJson(res, 401, { detail: 'Incorrect authentication credentials.' });
      return { operation: 'auth' };
    }
    if (url.pathname === OTTU_LIST_PATH) {
      /** @type {Record<string, unknown>} */
      let fields;
      if (method === 'POST') {
        const type = mediaType(req.headers['content-type']);
        if (type !== 'application/json') {
          sendJson(res, 415, { detail: `Unsupported media type "${type}" in request.` });
          return { operation: 'list' };
        }
        try {
          const parsed = JSON.parse(raw);
          if (!isRecord(parsed)) throw new TypeError('not an object');
          fields = parsed;
        } catch {
          sendJson(res, 400, { detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)' });
          return { operation: 'list' };
        }
      } else if (method === 'GET') {
        // The older documented form: GET /b/pbl/v2/card/?customer_id=
        fields = { customer_id: url.searchParams.get('customer_id'), type: url.searchParams.get('type') ?? 'sandbox' };
      } else {
        sendJson(res, 405, { detail: `Method "${method}" not allowed.` }, { Allow: 'GET, POST' });
        return { operation: 'list' };
      }
      const errors = ottuFieldErrors(fields);
      if (errors) {
        sendJson(res, 400, errors);
        return { operation: 'list' };
      }
      const customerId = /** @type {string} */ (fields.customer_id);
      if (faults.malformed) {
        if (faults.malformed === 'shape') sendJson(res, 200, { results: 'temporarily unavailable' });
        else sendText(res, 200, 'application/json', '[{"customer_id": "' + customerId.slice(0, 3));
        return { operation: 'list', customerId };
      }
      sendJson(res, 200, ottuListed(ottuCards(customerId, /** @type {string} */ (fields.type)), fields));
      return { operation: 'list', customerId };
    }
    const match = OTTU_CARD_PATH.exec(url.pathname);
    if (!match) {
      sendJson(res, 404, { detail: 'Not found.' });
      return { operation: 'other' };
    }
    const token = decodeURIComponent(match[1] ?? '');
    if (method !== 'DELETE') {
      sendJson(res, 405, { detail: `Method "${method}" not allowed.` }, { Allow: 'DELETE' });
      return { operation: 'delete', token };
    }
    const fields = { customer_id: url.searchParams.get('customer_id'), type: url.searchParams.get('type') };
    const errors = ottuFieldErrors(fields);
    if (errors) {
      sendJson(res, 400, errors);
      return { operation: 'delete', token };
    }
    const customerId = /** @type {string} */ (fields.customer_id);
    const cards = ottuCards(customerId, /** @type {string} */ (fields.type));
    const index = cards.findIndex((card) => card.token === token);
    const card = cards[index];
    if (!card) {
      sendJson(res, 404, { detail: 'Not found.' });
      return { operation: 'delete', customerId, token };
    }
    if (Array.isArray(card.agreements) && card.agreements.length > 0) {
      // Ottu refuses with a 403: the card is locked, the key is fine.
      sendJson(res, 403, {
        detail:
          'This card is used by an active auto-debit agreement. Choose another card for the agreement before deleting it.',
      });
      return { operation: 'delete', customerId, token };
    }
    if (failsDelete(token)) {
      sendJson(res, 400, { detail: 'The card could not be deleted right now. Please try again later.' });
      return { operation: 'delete', customerId, token };
    }
    cards.splice(index, 1);
    sendJson(res, 204, undefined);
    return { operation: 'delete', customerId, token, deleted: true };
  }

  // ---- PayU ---------------------------------------------------------------------------------
  /**
   * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {URL} url @param {string} raw
   * @returns {Omit<SandboxCall, 'provider' | 'status'>}
   */
  function payu(req, res, url, raw) {
    /** @param {string} msg */
    const refuse = (msg, status = 200) => sendJson(res, status, { status: 0, msg });
    if (req.method !== 'POST') {
      refuse('Method not allowed', 405);
      return { operation: 'other' };
    }
    if (url.searchParams.get('form') !== '2') {
      refuse('Invalid form value');
      return { operation: 'other' };
    }
    if (mediaType(req.headers['content-type']) !== 'application/x-www-form-urlencoded') {
      refuse('Unsupported content type', 415);
      return { operation: 'other' };
    }
    const form = new URLSearchParams(raw);
    for (const name of ['key', 'command', 'var1', 'hash']) {
      if (!form.get(name)) {
        refuse(`Parameter missing: ${name}`);
        return { operation: 'other' };
      }
    }
    const key = form.get('key') ?? '';
    const command = form.get('command') ?? '';
    const var1 = form.get('var1') ?? '';
    // Model 2 merchants' commands, and Model 3's (get_payment_instrument / delete_payment_instrument).
    const isList = command === 'get_user_cards' || command === 'get_payment_instrument';
    const isDelete = command === 'delete_user_card' || command === 'delete_payment_instrument';
    const operation = isList ? 'list' : isDelete ? 'delete' : 'other';
    if (!safeEqual(key, credentials.payuKey)) {
      refuse('Invalid key');
      return { operation: 'auth' };
    }
    const expected = createHash('sha512').update(`${key}|${command}|${var1}|${credentials.payuSalt}`).digest('hex');
    if (!safeEqual(form.get('hash') ?? '', expected)) {
      refuse('Invalid Hash.');
      return { operation: 'auth' };
    }
    const prefix = `${key}:`;
    const customerId = var1.startsWith(prefix) ? var1.slice(prefix.length) : '';
    if (!customerId) {
      refuse('Invalid user credentials');
      return { operation };
    }
    const cards = state.payu[customerId] ?? {};
    if (isList) {
      if (faults.malformed) {
        if (faults.malformed === 'shape')
          sendJson(res, 200, { status: 1, msg: 'Cards fetched Succesfully', user_cards: 'unavailable' });
        else sendText(res, 200, 'application/json', '{"status":1,"msg":"Cards fetched Succesfully","user_cards":{"');
        return { operation, customerId };
      }
      if (Object.keys(cards).length === 0) refuse('Card not found.');
      else sendJson(res, 200, { status: 1, msg: 'Cards fetched Succesfully', user_cards: cards });
      return { operation, customerId };
    }
    if (isDelete) {
      const token = form.get('var2');
      if (!token) {
        refuse('Parameter missing: var2');
        return { operation, customerId };
      }
      const card = Object.hasOwn(cards, token) ? cards[token] : undefined;
      if (!card) {
        refuse('card not found');
        return { operation, customerId, token };
      }
      if (failsDelete(token)) {
        refuse('Card could not be deleted right now. Please try again later.');
        return { operation, customerId, token };
      }
      delete cards[token];
      sendJson(res, 200, { status: 1, msg: `${String(card.card_name ?? 'Your')} card deleted successfully` });
      return { operation, customerId, token, deleted: true };
    }
    refuse('Invalid command');
    return { operation };
  }

  // ---- Admin --------------------------------------------------------------------------------
  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {URL} url @param {string} raw */
  function admin(req, res, url, raw) {
    const method = req.method ?? 'GET';
    if (url.pathname === '/__sandbox/reset' && method === 'POST') {
      reset();
      sendJson(res, 204, undefined);
    } else if (url.pathname === '/__sandbox/faults' && method === 'GET') {
      sendJson(res, 200, faults);
    } else if (url.pathname === '/__sandbox/faults' && (method === 'PUT' || method === 'POST')) {
      try {
        sendJson(res, 200, setFaults(JSON.parse(raw || '{}')));
      } catch (error) {
        sendJson(res, 400, { error: error instanceof Error ? error.message : 'invalid faults' });
      }
    } else if (url.pathname === '/__sandbox/calls' && method === 'GET') {
      sendJson(res, 200, calls);
    } else if (url.pathname === '/__sandbox/calls' && method === 'DELETE') {
      calls = [];
      sendJson(res, 204, undefined);
    } else {
      sendJson(res, 404, { error: 'not found' });
    }
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const raw = await readBody(req);
    if (raw === undefined) {
      sendText(res, 413, 'text/plain', 'Request body too large');
      return;
    }
    if (url.pathname.startsWith('/__sandbox/')) {
      admin(req, res, url, raw);
      return;
    }
    if (url.pathname.startsWith(`${HOSTED_PREFIX}/`)) {
      hosted.handle(req, res, url, raw, origin);
      return;
    }
    /** @type {SandboxCall['provider'] | undefined} */
    const provider = url.pathname.startsWith('/b/pbl/v2/card')
      ? 'ottu'
      : PAYU_PATH.test(url.pathname)
        ? 'payu'
        : url.pathname.startsWith(`${BRAINTREE_PREFIX}/`)
          ? 'braintree'
          : (vaultOf(url.pathname) ?? indiaVaultOf(url.pathname));
    if (!provider) {
      sendText(res, 404, 'text/plain', 'Not found');
      return;
    }
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (res.destroyed) return;
    if (faults.failureRate > 0 && random() < faults.failureRate) {
      if (faults.htmlErrors) sendText(res, 502, 'text/html; charset=utf-8', HTML_ERROR_PAGE);
      else if (provider === 'ottu') sendJson(res, 500, { detail: 'A server error occurred.' });
      else if (provider === 'payu') sendJson(res, 500, { status: 0, msg: 'Internal server error' });
      else sendJson(res, 500, { error: { message: 'An unknown error occurred' } });
      record({ provider, operation: 'fault', status: res.statusCode });
      return;
    }
    const call =
      provider === 'ottu'
        ? ottu(req, res, url, raw)
        : provider === 'payu'
          ? payu(req, res, url, raw)
          : provider === 'braintree'
            ? braintreeVault.handle(req, res, url, raw)
            : provider === 'payu-storecard' || provider === 'cashfree' || provider === 'juspay'
              ? indiaVaults.handle(provider, req, res, url, raw)
              : vaults.handle(provider, req, res, url, raw);
    record({ provider, ...call, status: res.statusCode });
  }

  /** The sandbox's own origin, known once it listens: the hosted fields' tokenising calls must come from it. */
  let origin = '';
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'text/plain', 'Sandbox error');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The sandbox has no TCP address.');
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  origin = url;

  return {
    url,
    ottu: { baseUrl: url, apiKey: credentials.ottuApiKey },
    payu: { baseUrl: url, key: credentials.payuKey, salt: credentials.payuSalt },
    stripe: { baseUrl: `${url}${VAULT_PREFIXES.stripe}`, secretKey: credentials.stripeSecretKey },
    adyen: {
      baseUrl: `${url}${VAULT_PREFIXES.adyen}`,
      apiKey: credentials.adyenApiKey,
      merchantAccount: credentials.adyenMerchantAccount,
    },
    checkoutCom: { baseUrl: `${url}${VAULT_PREFIXES.checkout}`, secretKey: credentials.checkoutSecretKey },
    razorpay: {
      baseUrl: `${url}${VAULT_PREFIXES.razorpay}`,
      keyId: credentials.razorpayKeyId,
      keySecret: credentials.razorpayKeySecret,
    },
    payuStorecard: {
      baseUrl: `${url}${INDIA_PREFIXES['payu-storecard']}`,
      key: credentials.payuKey,
      salt: credentials.payuSalt,
      mid: credentials.payuMid,
    },
    cashfree: {
      baseUrl: `${url}${INDIA_PREFIXES.cashfree}`,
      clientId: credentials.cashfreeClientId,
      clientSecret: credentials.cashfreeClientSecret,
    },
    juspay: {
      baseUrl: `${url}${INDIA_PREFIXES.juspay}`,
      apiKey: credentials.juspayApiKey,
      merchantId: credentials.juspayMerchantId,
    },
    braintree: {
      baseUrl: `${url}${BRAINTREE_PREFIX}/graphql`,
      gatewayUrl: `${url}${BRAINTREE_PREFIX}`,
      publicKey: credentials.braintreePublicKey,
      privateKey: credentials.braintreePrivateKey,
      merchantId: credentials.braintreeMerchantId,
    },
    hosted: {
      url: `${url}${HOSTED_PREFIX}`,
      secretKey: credentials.hostedSecretKey,
      merchants: hosted.merchants,
    },
    customers: { a: CUSTOMER_A, b: CUSTOMER_B },
    setFaults,
    getFaults: () => ({ ...faults }),
    reset,
    calls: () => calls.map((call) => ({ ...call })),
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
    },
  };
}

// @ts-check
// The sandbox's Stripe, Adyen, Checkout.com and Razorpay stand-ins: each under its own path prefix
// (`/stripe`, `/adyen/v71`, `/checkout`, `/razorpay`), with the provider's auth check, answers,
// error bodies and (Stripe) pagination. sandbox.mjs routes to them and owns faults and the call log.
import {
  adyenMethod,
  adyenSeed,
  checkoutInstrument,
  checkoutSeed,
  razorpaySeed,
  razorpayToken,
  stripeMethod,
  stripeSeed,
} from './vault-seed.mjs';
import { letterId } from './hosted.mjs';

export const VAULT_PREFIXES = /** @type {const} */ ({
  stripe: '/stripe',
  adyen: '/adyen/v71',
  checkout: '/checkout',
  razorpay: '/razorpay',
});

/**
 * @typedef {{ operation: 'list' | 'delete' | 'auth' | 'other', customerId?: string, token?: string, deleted?: boolean }} VaultCall
 * @typedef {(res: import('node:http').ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void} SendJson
 * @typedef {{ stripeSecretKey: string, adyenApiKey: string, adyenMerchantAccount: string, checkoutSecretKey: string, razorpayKeyId: string, razorpayKeySecret: string }} VaultCredentials
 */

/** Which stand-in a path belongs to. @param {string} pathname */
export function vaultOf(pathname) {
  for (const [name, prefix] of Object.entries(VAULT_PREFIXES)) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`))
      return /** @type {keyof typeof VAULT_PREFIXES} */ (name);
  }
  return undefined;
}

/**
 * @param {{ credentials: VaultCredentials, sendJson: SendJson, safeEqual: (a: string, b: string) => boolean, failsDelete: (token: string) => boolean,
 *   malformed: () => boolean | 'truncated' | 'shape' }} context
 */
export function createVaults({ credentials, sendJson, safeEqual, failsDelete, malformed }) {
  /** @type {{ stripe: ReturnType<typeof stripeSeed>, adyen: ReturnType<typeof adyenSeed>, checkout: Record<string, any>, razorpay: ReturnType<typeof razorpaySeed> }} */
  let state;
  function reset() {
    state = { stripe: stripeSeed(), adyen: adyenSeed(), checkout: checkoutSeed(), razorpay: razorpaySeed() };
  }
  reset();

  /** @param {import('node:http').ServerResponse} res @param {string} text */
  const sendTruncated = (res, text) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(text);
  };

  // ---- Stripe -------------------------------------------------------------------------------
  /** @param {string | undefined} header */
  function stripeKey(header) {
    const bearer = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (bearer) return bearer;
    const basic = /^Basic (.+)$/.exec(header ?? '')?.[1];
    return basic ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0] : undefined;
  }
  /** @param {string} type @param {string} message @param {Record<string, string>} [extra] */
  const stripeError = (type, message, extra = {}) => ({ error: { type, message, ...extra } });

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} path @param {URL} url
   * @param {string} raw the request body
   * @returns {VaultCall}
   */
  function stripe(req, res, path, url, raw) {
    const key = stripeKey(req.headers.authorization);
    if (!key) {
      sendJson(
        res,
        401,
        stripeError(
          'invalid_request_error',
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        ),
      );
      return { operation: 'auth' };
    }
    if (!safeEqual(key, credentials.stripeSecretKey)) {
      sendJson(
        res,
        401,
        stripeError('invalid_request_error', `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`),
      );
      return { operation: 'auth' };
    }
    const { customers, methods } = state.stripe;
    const method = req.method ?? 'GET';
    const customerMatch = /^\/v1\/customers\/([^/]+)(\/payment_methods)?$/.exec(path);
    // Updates, as Stripe takes them: a form body, the whole object back. Only the fields the kit sends.
    const form = new URLSearchParams(raw);
    if (customerMatch && !customerMatch[2] && method === 'POST') {
      const customerId = decodeURIComponent(customerMatch[1] ?? '');
      const customer = Object.hasOwn(customers, customerId) ? customers[customerId] : undefined;
      if (!customer) {
        sendJson(res, 404, stripeError('invalid_request_error', `No such customer: '${customerId}'`));
        return { operation: 'other', customerId };
      }
      const chosen = form.get('invoice_settings[default_payment_method]');
      if (chosen !== null) {
        if (!methods.some((item) => item.id === chosen && item.customer === customerId)) {
          sendJson(res, 400, stripeError('invalid_request_error', `No such PaymentMethod: '${chosen}'`));
          return { operation: 'other', customerId };
        }
        customer.invoice_settings.default_payment_method = chosen;
      }
      sendJson(res, 200, customer);
      return { operation: 'other', customerId };
    }
    const updateMatch = /^\/v1\/payment_methods\/([^/]+)$/.exec(path);
    if (updateMatch && method === 'POST') {
      const token = decodeURIComponent(updateMatch[1] ?? '');
      const paymentMethod = methods.find((item) => item.id === token);
      if (!paymentMethod) {
        sendJson(res, 404, stripeError('invalid_request_error', `No such PaymentMethod: '${token}'`));
        return { operation: 'other', token };
      }
      const nickname = form.get('metadata[nickname]');
      if (nickname !== null) {
        // Stripe removes a metadata key set to the empty string.
        const { nickname: _old, ...rest } = paymentMethod.metadata ?? {};
        paymentMethod.metadata = nickname === '' ? rest : { ...rest, nickname };
      }
      sendJson(res, 200, paymentMethod);
      return { operation: 'other', token };
    }
    if (customerMatch && method === 'GET') {
      const customerId = decodeURIComponent(customerMatch[1] ?? '');
      const customer = Object.hasOwn(customers, customerId) ? customers[customerId] : undefined;
      if (!customer) {
        sendJson(
          res,
          404,
          stripeError('invalid_request_error', `No such customer: '${customerId}'`, {
            code: 'resource_missing',
            param: 'customer',
          }),
        );
        return { operation: 'list', customerId };
      }
      if (!customerMatch[2]) {
        sendJson(res, 200, customer);
        return { operation: 'other', customerId };
      }
      const type = url.searchParams.get('type');
      const limit = Number(url.searchParams.get('limit') ?? '10');
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        sendJson(
          res,
          400,
          stripeError('invalid_request_error', 'Invalid integer: limit must be between 1 and 100', { param: 'limit' }),
        );
        return { operation: 'list', customerId };
      }
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { object: 'list', data: 'unavailable' });
        else sendTruncated(res, '{"object":"list","data":[{"id":"pm_');
        return { operation: 'list', customerId };
      }
      // Newest first, as Stripe lists them.
      const own = methods
        .filter((item) => item.customer === customerId && (type === null || item.type === type))
        .reverse();
      const after = url.searchParams.get('starting_after');
      const start = after === null ? 0 : own.findIndex((item) => item.id === after) + 1;
      if (after !== null && start === 0) {
        sendJson(
          res,
          404,
          stripeError('invalid_request_error', `No such PaymentMethod: '${after}'`, {
            code: 'resource_missing',
            param: 'starting_after',
          }),
        );
        return { operation: 'list', customerId };
      }
      const data = own.slice(start, start + limit);
      sendJson(res, 200, {
        object: 'list',
        data,
        has_more: start + limit < own.length,
        url: `/v1/customers/${customerId}/payment_methods`,
      });
      return { operation: 'list', customerId };
    }
    const detach = /^\/v1\/payment_methods\/([^/]+)\/detach$/.exec(path);
    if (detach && method === 'POST') {
      const token = decodeURIComponent(detach[1] ?? '');
      const paymentMethod = methods.find((item) => item.id === token);
      if (!paymentMethod) {
        sendJson(
          res,
          404,
          stripeError('invalid_request_error', `No such PaymentMethod: '${token}'`, {
            code: 'resource_missing',
            param: 'payment_method',
          }),
        );
        return { operation: 'delete', token };
      }
      if (paymentMethod.customer === null) {
        sendJson(
          res,
          400,
          stripeError(
            'invalid_request_error',
            'The payment method you provided is not attached to a customer so detachment is impossible.',
          ),
        );
        return { operation: 'delete', token };
      }
      if (failsDelete(token)) {
        sendJson(
          res,
          400,
          stripeError(
            'invalid_request_error',
            'This PaymentMethod cannot be detached while a payment with it is processing. Try again later.',
          ),
        );
        return { operation: 'delete', token };
      }
      const customerId =
        typeof paymentMethod.customer === 'string' ? paymentMethod.customer : paymentMethod.customer.id;
      paymentMethod.customer = null;
      sendJson(res, 200, paymentMethod);
      return { operation: 'delete', customerId, token, deleted: true };
    }
    sendJson(res, 404, stripeError('invalid_request_error', `Unrecognized request URL (${method}: ${path}).`));
    return { operation: 'other' };
  }

  // ---- Adyen --------------------------------------------------------------------------------
  /** @param {number} status @param {string} errorCode @param {string} message @param {string} errorType */
  const adyenError = (status, errorCode, message, errorType) => ({
    status,
    errorCode,
    message,
    errorType,
    pspReference: 'QFQTPCQ8HXSKGK82',
  });

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} path @param {URL} url
   * @returns {VaultCall}
   */
  function adyen(req, res, path, url) {
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || !safeEqual(key, credentials.adyenApiKey)) {
      sendJson(res, 401, adyenError(401, '000', 'HTTP Status Response - Unauthorized', 'security'));
      return { operation: 'auth' };
    }
    const match = /^\/storedPaymentMethods(?:\/([^/]+))?$/.exec(path);
    if (!match) {
      sendJson(res, 404, adyenError(404, '000', 'HTTP Status Response - Not Found', 'validation'));
      return { operation: 'other' };
    }
    if (url.searchParams.get('merchantAccount') !== credentials.adyenMerchantAccount) {
      sendJson(res, 403, adyenError(403, '901', 'Invalid Merchant Account', 'security'));
      return { operation: 'auth' };
    }
    const customerId = url.searchParams.get('shopperReference');
    if (!customerId) {
      sendJson(res, 422, adyenError(422, '14_012', 'Required field shopperReference is not provided.', 'validation'));
      return { operation: 'other' };
    }
    const stored = state.adyen[customerId] ?? [];
    const method = req.method ?? 'GET';
    if (!match[1] && method === 'GET') {
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { storedPaymentMethods: 'unavailable' });
        else sendTruncated(res, '{"storedPaymentMethods":[{"brand":"vi');
        return { operation: 'list', customerId };
      }
      sendJson(res, 200, {
        merchantAccount: credentials.adyenMerchantAccount,
        shopperReference: customerId,
        ...(stored.length && { storedPaymentMethods: stored }),
      });
      return { operation: 'list', customerId };
    }
    if (match[1] && method === 'DELETE') {
      const token = decodeURIComponent(match[1]);
      const index = stored.findIndex((item) => item.id === token);
      if (index === -1) {
        sendJson(res, 422, adyenError(422, '800', 'Contract not found', 'validation'));
        return { operation: 'delete', customerId, token };
      }
      if (failsDelete(token)) {
        sendJson(res, 422, adyenError(422, '803', 'PaymentDetail not found', 'validation'));
        return { operation: 'delete', customerId, token };
      }
      stored.splice(index, 1);
      sendJson(res, 204, undefined);
      return { operation: 'delete', customerId, token, deleted: true };
    }
    sendJson(res, 405, adyenError(405, '000', 'HTTP Status Response - Method Not Allowed', 'validation'));
    return { operation: 'other' };
  }

  // ---- Checkout.com -------------------------------------------------------------------------
  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} path @param {string} raw the request body
   * @returns {VaultCall}
   */
  function checkout(req, res, path, raw) {
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? req.headers.authorization;
    if (!key || !safeEqual(key, credentials.checkoutSecretKey)) {
      // Checkout.com answers 401 with an empty body.
      sendJson(res, 401, undefined, { 'Cko-Request-Id': '0120e756-6d00-453c-a398-ff1643f9a873' });
      return { operation: 'auth' };
    }
    const method = req.method ?? 'GET';
    const customerMatch = /^\/customers\/([^/]+)$/.exec(path);
    if (customerMatch && method === 'GET') {
      const customerId = decodeURIComponent(customerMatch[1] ?? '');
      const customer = Object.hasOwn(state.checkout, customerId) ? state.checkout[customerId] : undefined;
      if (!customer) {
        sendJson(res, 404, undefined);
        return { operation: 'list', customerId };
      }
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { id: customerId, instruments: 'unavailable' });
        else sendTruncated(res, '{"id":"cus_');
        return { operation: 'list', customerId };
      }
      sendJson(res, 200, customer);
      return { operation: 'list', customerId };
    }
    if (customerMatch && method === 'PATCH') {
      const customerId = decodeURIComponent(customerMatch[1] ?? '');
      const customer = Object.hasOwn(state.checkout, customerId) ? state.checkout[customerId] : undefined;
      /** @type {{ default?: unknown }} */
      let body = {};
      try {
        body = JSON.parse(raw);
      } catch {
        // An unreadable body changes nothing.
      }
      const listed = customer?.instruments.some((/** @type {{ id: string }} */ item) => item.id === body.default);
      if (!customer || !listed) {
        sendJson(res, customer ? 422 : 404, customer ? { error_type: 'request_invalid' } : undefined);
        return { operation: 'other', customerId };
      }
      customer.default = body.default;
      // Checkout.com answers an update with 204.
      sendJson(res, 204, undefined);
      return { operation: 'other', customerId };
    }
    const instrumentMatch = /^\/instruments\/([^/]+)$/.exec(path);
    if (instrumentMatch && method === 'DELETE') {
      const token = decodeURIComponent(instrumentMatch[1] ?? '');
      // Instruments are global to the account: the delete does not ask whose it is.
      for (const [customerId, customer] of Object.entries(state.checkout)) {
        const index = customer.instruments.findIndex((/** @type {{ id: string }} */ item) => item.id === token);
        if (index === -1) continue;
        if (failsDelete(token)) {
          sendJson(res, 422, {
            request_id: '4fa8b6a7-a5d2-4a9e-8d58-5f0b5a6c1d4e',
            error_type: 'request_invalid',
            error_codes: ['instrument_in_use'],
          });
          return { operation: 'delete', customerId, token };
        }
        customer.instruments.splice(index, 1);
        if (customer.default === token) delete customer.default;
        sendJson(res, 204, undefined);
        return { operation: 'delete', customerId, token, deleted: true };
      }
      sendJson(res, 404, undefined);
      return { operation: 'delete', token };
    }
    sendJson(res, 404, undefined);
    return { operation: 'other' };
  }

  // ---- Razorpay -----------------------------------------------------------------------------
  /** @param {string} description @param {string} [field] */
  const razorpayError = (description, field) => ({
    error: {
      code: 'BAD_REQUEST_ERROR',
      description,
      source: 'NA',
      step: 'NA',
      reason: 'NA',
      metadata: {},
      ...(field && { field }),
    },
  });

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} path
   * @returns {VaultCall}
   */
  function razorpay(req, res, path) {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [id, ...secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    if (
      !id ||
      !safeEqual(id, credentials.razorpayKeyId) ||
      !safeEqual(secret.join(':'), credentials.razorpayKeySecret)
    ) {
      sendJson(res, 401, razorpayError('The api key provided is invalid'));
      return { operation: 'auth' };
    }
    const match = /^\/v1\/customers\/([^/]+)\/tokens(?:\/([^/]+))?$/.exec(path);
    if (!match) {
      sendJson(res, 400, razorpayError('The requested URL was not found on the server.'));
      return { operation: 'other' };
    }
    const customerId = decodeURIComponent(match[1] ?? '');
    const tokens = Object.hasOwn(state.razorpay, customerId) ? state.razorpay[customerId] : undefined;
    if (!tokens) {
      sendJson(res, 400, razorpayError('The id provided does not exist', 'id'));
      return { operation: match[2] ? 'delete' : 'list', customerId };
    }
    const method = req.method ?? 'GET';
    if (!match[2] && method === 'GET') {
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { entity: 'collection', count: 1, items: 'unavailable' });
        else sendTruncated(res, '{"entity":"collection","count":3,"items":[{"id":"tok');
        return { operation: 'list', customerId };
      }
      sendJson(res, 200, { entity: 'collection', count: tokens.length, items: tokens });
      return { operation: 'list', customerId };
    }
    if (match[2] && method === 'DELETE') {
      const token = decodeURIComponent(match[2]);
      const index = tokens.findIndex((item) => item.id === token);
      if (index === -1) {
        sendJson(res, 400, razorpayError('The id provided does not exist', 'id'));
        return { operation: 'delete', customerId, token };
      }
      if (failsDelete(token)) {
        sendJson(res, 400, razorpayError('This token is linked to an active subscription and cannot be deleted.'));
        return { operation: 'delete', customerId, token };
      }
      tokens.splice(index, 1);
      sendJson(res, 200, { deleted: true });
      return { operation: 'delete', customerId, token, deleted: true };
    }
    sendJson(res, 400, razorpayError('The requested URL was not found on the server.'));
    return { operation: 'other' };
  }

  // ---- New cards from the hosted card form (hosted.mjs), each in its provider's own shape -------------
  const two = (/** @type {number} */ value) => String(value).padStart(2, '0');
  const ADYEN_BRANDS = {
    visa: ['visa', 'VISA'],
    mastercard: ['mc', 'MasterCard'],
    amex: ['amex', 'American Express'],
    discover: ['discover', 'Discover'],
  };
  /** Razorpay's SDK knows no Discover network: its "Unknown". @type {Record<import('./hosted.mjs').CardBrand, import('./vault-seed.types').RazorpayListedCard['network']>} */
  const RAZORPAY_NETWORKS = { visa: 'Visa', mastercard: 'MasterCard', amex: 'American Express', discover: 'Unknown' };
  let adyenSaved = 0;
  /** @type {Record<keyof typeof VAULT_PREFIXES, import('./hosted.mjs').MerchantVault>} */
  const merchantVaults = {
    stripe: {
      save(customerId, card) {
        if (!Object.hasOwn(state.stripe.customers, customerId)) return undefined;
        const id = letterId('pm_', 24);
        const { brand, last4, expMonth: exp_month, expYear: exp_year, fingerprint } = card;
        state.stripe.methods.push(stripeMethod(id, customerId, { brand, last4, exp_month, exp_year, fingerprint }));
        return id;
      },
      find: (customerId, token) =>
        state.stripe.methods.some((item) => item.id === token && item.customer === customerId)
          ? { cvvRequired: false }
          : undefined,
    },
    adyen: {
      save(customerId, card) {
        const stored = state.adyen[customerId];
        if (!stored) return undefined;
        // Adyen's ids are 16 digits; these count up from the seed's.
        const id = String(8315718415172300 + (adyenSaved += 1));
        const [brand, name] = ADYEN_BRANDS[card.brand];
        stored.push(
          adyenMethod(id, {
            brand,
            name,
            cardBin: card.bin,
            lastFour: card.last4,
            expiryMonth: two(card.expMonth),
            expiryYear: String(card.expYear),
            holderName: undefined,
          }),
        );
        return id;
      },
      find: (customerId, token) =>
        state.adyen[customerId]?.some((item) => item.id === token) ? { cvvRequired: false } : undefined,
    },
    checkout: {
      save(customerId, card) {
        const customer = Object.hasOwn(state.checkout, customerId) ? state.checkout[customerId] : undefined;
        if (!customer) return undefined;
        const id = letterId('src_', 26).toLowerCase();
        customer.instruments.push(
          checkoutInstrument(id, {
            scheme: card.brand === 'amex' ? 'AMEX' : card.brand.toUpperCase(),
            last4: card.last4,
            bin: card.bin,
            fingerprint: card.fingerprint.toLowerCase(),
            expiry_month: card.expMonth,
            expiry_year: card.expYear,
          }),
        );
        return id;
      },
      find: (customerId, token) =>
        Object.hasOwn(state.checkout, customerId) &&
        state.checkout[customerId].instruments.some((/** @type {{ id: string }} */ item) => item.id === token)
          ? { cvvRequired: false }
          : undefined,
    },
    razorpay: {
      save(customerId, card) {
        const tokens = Object.hasOwn(state.razorpay, customerId) ? state.razorpay[customerId] : undefined;
        if (!tokens) return undefined;
        const id = letterId('token_', 14);
        tokens.push(
          razorpayToken(id, {
            network: RAZORPAY_NETWORKS[card.brand],
            last4: card.last4,
            token_iin: card.bin,
            expiry_month: card.expMonth,
            expiry_year: card.expYear,
          }),
        );
        return id;
      },
      // Tokenised cards in India are CVV-less.
      find: (customerId, token) =>
        Object.hasOwn(state.razorpay, customerId) && state.razorpay[customerId]?.some((item) => item.id === token)
          ? { cvvRequired: false }
          : undefined,
    },
  };

  return {
    reset,
    merchantVaults,
    /**
     * @param {keyof typeof VAULT_PREFIXES} vault @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res @param {URL} url @param {string} raw the request body
     */
    handle(vault, req, res, url, raw) {
      const path = url.pathname.slice(VAULT_PREFIXES[vault].length);
      if (vault === 'stripe') return stripe(req, res, path, url, raw);
      if (vault === 'adyen') return adyen(req, res, path, url);
      if (vault === 'checkout') return checkout(req, res, path, raw);
      return razorpay(req, res, path);
    },
  };
}

// @ts-check
// The sandbox's Braintree stand-in, under `/braintree`: the GraphQL endpoint (`/braintree/graphql`) answering the
// operations braintreeProvider sends (SavedCards, DeletePaymentMethod, PaymentMethodLegacyId) as Braintree's
// schema (github.com/braintree/graphql-api, schema.graphql) shapes them, and the gateway call the official SDK
// makes to set a default (`PUT /merchants/{id}/payment_methods/any/{token}`, `make_default`). sandbox.mjs routes
// to it and owns faults and the call log. Customers are keyed by the merchant's own ids.
import { CUSTOMER_A, CUSTOMER_B } from './seed.mjs';
import { letterId } from './hosted.mjs';

export const BRAINTREE_PREFIX = '/braintree';

/**
 * The official SDK's typings of a vaulted credit card, for the fields Braintree's GraphQL `CreditCardDetails`
 * shares with it.
 * @typedef {Pick<import('braintree').CreditCard, 'token' | 'bin' | 'last4' | 'expirationMonth' | 'expirationYear'
 *   | 'cardholderName' | 'uniqueNumberIdentifier' | 'default' | 'customerId'> & { brandCode: string }} StoredCard
 * @typedef {import('./vaults.mjs').VaultCall} VaultCall
 * @typedef {import('./vaults.mjs').SendJson} SendJson
 * @typedef {{ braintreePublicKey: string, braintreePrivateKey: string, braintreeMerchantId: string }} BraintreeCredentials
 */

/** A payment method's GraphQL id, as Braintree makes it from the legacy token. @param {string} token */
export const braintreeId = (token) => Buffer.from(`paymentmethod_${token}`).toString('base64').replace(/=+$/, '');

/** Shopper A's American Express, refused by the demo's fault switch (its GraphQL id, the kit's token). */
export const BRAINTREE_AMEX_TOKEN = braintreeId('amex8431');

/**
 * @param {string} token @param {string} customerId @param {Partial<StoredCard>} fields
 * @returns {StoredCard}
 */
export function storedCard(token, customerId, fields) {
  return {
    token,
    customerId,
    bin: '411111',
    last4: '1111',
    expirationMonth: '09',
    expirationYear: '2033',
    cardholderName: 'Asha Rao',
    uniqueNumberIdentifier: 'a8b0e1c2d3f4a5b6c7d8e9f0a1b2c3d4',
    default: false,
    brandCode: 'VISA',
    ...fields,
  };
}

/** @returns {StoredCard[]} */
export function braintreeSeed() {
  return [
    storedCard('visa1111', CUSTOMER_A, { default: true }),
    // The same Visa vaulted again: one uniqueNumberIdentifier.
    storedCard('visa1111b', CUSTOMER_A, {}),
    storedCard('mc5454', CUSTOMER_A, {
      bin: '545454',
      last4: '5454',
      brandCode: 'MASTERCARD',
      uniqueNumberIdentifier: 'b9c1f2d3e4a5b6c7d8e9f0a1b2c3d4e5',
    }),
    storedCard('amex8431', CUSTOMER_A, {
      bin: '378282',
      last4: '8431',
      brandCode: 'AMERICAN_EXPRESS',
      expirationMonth: '01',
      expirationYear: '2031',
      uniqueNumberIdentifier: 'c0d2a3e4f5b6c7d8e9f0a1b2c3d4e5f6',
    }),
    storedCard('visa1881', CUSTOMER_B, {
      last4: '1881',
      cardholderName: 'Priya Sharma',
      uniqueNumberIdentifier: 'd1e3b4f5a6c7d8e9f0a1b2c3d4e5f6a7',
      default: true,
    }),
  ];
}

/**
 * @param {{ credentials: BraintreeCredentials, sendJson: SendJson, safeEqual: (a: string, b: string) => boolean,
 *   failsDelete: (token: string) => boolean, malformed: () => boolean | 'truncated' | 'shape' }} context
 */
export function createBraintreeVault({ credentials, sendJson, safeEqual, failsDelete, malformed }) {
  /** @type {StoredCard[]} */
  let cards;
  function reset() {
    cards = braintreeSeed();
  }
  reset();

  /** @param {string} message @param {string} errorClass */
  const graphQlError = (message, errorClass) => ({
    data: null,
    errors: [{ message, extensions: { errorClass, legacyCode: null } }],
    extensions: { requestId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
  });

  /** @param {StoredCard} card */
  const node = (card) => ({
    id: braintreeId(card.token),
    usage: 'MULTI_USE',
    details: {
      __typename: 'CreditCardDetails',
      brandCode: card.brandCode,
      last4: card.last4,
      expirationMonth: card.expirationMonth,
      expirationYear: card.expirationYear,
      cardholderName: card.cardholderName,
      uniqueNumberIdentifier: card.uniqueNumberIdentifier,
      bin: card.bin,
    },
  });

  /** @param {import('node:http').IncomingMessage} req */
  function authorized(req) {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [key, ...secret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    return (
      !!key &&
      safeEqual(key, credentials.braintreePublicKey) &&
      safeEqual(secret.join(':'), credentials.braintreePrivateKey)
    );
  }

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {string} raw the request body
   * @returns {VaultCall}
   */
  function graphQl(req, res, raw) {
    if (!authorized(req)) {
      sendJson(res, 401, graphQlError('Invalid API keys', 'AUTHENTICATION'));
      return { operation: 'auth' };
    }
    if (!req.headers['braintree-version']) {
      sendJson(res, 400, graphQlError('Braintree-Version header is required', 'VALIDATION'));
      return { operation: 'other' };
    }
    /** @type {{ query?: unknown, variables?: Record<string, any> }} */
    let request;
    try {
      request = JSON.parse(raw);
    } catch {
      sendJson(res, 400, graphQlError('Request body is not valid JSON', 'VALIDATION'));
      return { operation: 'other' };
    }
    const query = typeof request.query === 'string' ? request.query : '';
    const variables = request.variables ?? {};
    if (/^\s*query SavedCards\b/.test(query)) {
      const customerId = String(variables.customerId ?? '');
      const own = cards.filter((card) => card.customerId === customerId);
      if (malformed()) {
        if (malformed() === 'shape') sendJson(res, 200, { data: { node: { paymentMethods: 'unavailable' } } });
        else {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end('{"data":{"node":{"paymentMethods":{"edges":[{"node":{"id":"cGF5');
        }
        return { operation: 'list', customerId };
      }
      if (own.length === 0 && customerId !== CUSTOMER_A && customerId !== CUSTOMER_B) {
        sendJson(res, 200, { data: { node: null } });
        return { operation: 'list', customerId };
      }
      const defaultCard = own.find((card) => card.default);
      // A PayPal account in the vault too: it is not a card.
      const paypal =
        customerId === CUSTOMER_A
          ? [
              {
                node: {
                  id: braintreeId('paypal1'),
                  usage: 'MULTI_USE',
                  details: { __typename: 'PayPalAccountDetails' },
                },
              },
            ]
          : [];
      sendJson(res, 200, {
        data: {
          node: {
            defaultPaymentMethod: defaultCard ? { id: braintreeId(defaultCard.token) } : null,
            paymentMethods: {
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [...own.map((card) => ({ node: node(card) })), ...paypal],
            },
          },
        },
        extensions: { requestId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e' },
      });
      return { operation: 'list', customerId };
    }
    if (/^\s*mutation DeletePaymentMethod\b/.test(query)) {
      const id = String(variables.input?.paymentMethodId ?? '');
      const index = cards.findIndex((card) => braintreeId(card.token) === id);
      const card = cards[index];
      if (!card) {
        sendJson(res, 200, graphQlError('Cannot find a payment method with the given ID.', 'NOT_FOUND'));
        return { operation: 'delete', token: id };
      }
      if (failsDelete(id)) {
        sendJson(
          res,
          200,
          graphQlError('Payment method is used by an active subscription and cannot be deleted.', 'VALIDATION'),
        );
        return { operation: 'delete', customerId: card.customerId, token: id };
      }
      cards.splice(index, 1);
      sendJson(res, 200, { data: { deletePaymentMethodFromVault: { clientMutationId: null } } });
      return { operation: 'delete', customerId: card.customerId, token: id, deleted: true };
    }
    if (/^\s*query PaymentMethodLegacyId\b/.test(query)) {
      const card = cards.find((item) => braintreeId(item.token) === variables.id);
      sendJson(res, 200, { data: { node: card ? { legacyId: card.token } : null } });
      return { operation: 'other', token: String(variables.id ?? '') };
    }
    sendJson(res, 200, graphQlError('Unknown operation', 'VALIDATION'));
    return { operation: 'other' };
  }

  /**
   * The gateway's `paymentMethod.update`, as the SDK sends it: a JSON body, an XML answer.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {string} path @param {string} raw the request body
   * @returns {VaultCall}
   */
  function gatewayUpdate(req, res, path, raw) {
    /** @param {number} status @param {string} xml */
    const sendXml = (status, xml) => {
      res.writeHead(status, { 'Content-Type': 'application/xml; charset=utf-8' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
    };
    if (!authorized(req)) {
      sendXml(401, '<error><message>Authentication Error</message></error>');
      return { operation: 'auth' };
    }
    const match = /^\/merchants\/([^/]+)\/payment_methods\/any\/([^/]+)$/.exec(path);
    if (!match || req.method !== 'PUT' || decodeURIComponent(match[1] ?? '') !== credentials.braintreeMerchantId) {
      sendXml(404, '<error><message>Not Found</message></error>');
      return { operation: 'other' };
    }
    const token = decodeURIComponent(match[2] ?? '');
    const card = cards.find((item) => item.token === token);
    if (!card) {
      sendXml(404, '<error><message>Not Found</message></error>');
      return { operation: 'other', token };
    }
    /** @type {any} */
    let body = {};
    try {
      body = JSON.parse(raw);
    } catch {
      // An unreadable body changes nothing.
    }
    if (body?.payment_method?.options?.make_default === true) {
      for (const other of cards) if (other.customerId === card.customerId) other.default = other === card;
    }
    sendXml(
      200,
      `<credit-card><token>${card.token}</token><default type="boolean">${card.default}</default></credit-card>`,
    );
    return { operation: 'other', customerId: card.customerId, token };
  }

  const BRAND_CODES = { visa: 'VISA', mastercard: 'MASTERCARD', amex: 'AMERICAN_EXPRESS', discover: 'DISCOVER' };
  /** New cards from the hosted card form (hosted.mjs); the kit's token is the GraphQL id. @type {import('./hosted.mjs').MerchantVault} */
  const merchantVault = {
    save(customerId, card) {
      if (!cards.some((item) => item.customerId === customerId)) return undefined;
      const token = letterId('', 8).toLowerCase();
      cards.push(
        storedCard(token, customerId, {
          bin: card.bin,
          last4: card.last4,
          brandCode: BRAND_CODES[card.brand],
          expirationMonth: String(card.expMonth).padStart(2, '0'),
          expirationYear: String(card.expYear),
          cardholderName: '',
          uniqueNumberIdentifier: card.fingerprint,
        }),
      );
      return braintreeId(token);
    },
    find: (customerId, token) =>
      cards.some((item) => braintreeId(item.token) === token && item.customerId === customerId)
        ? { cvvRequired: false }
        : undefined,
  };

  return {
    reset,
    merchantVault,
    /**
     * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
     * @param {URL} url @param {string} raw the request body
     * @returns {VaultCall}
     */
    handle(req, res, url, raw) {
      const path = url.pathname.slice(BRAINTREE_PREFIX.length);
      if (path === '/graphql' && req.method === 'POST') return graphQl(req, res, raw);
      return gatewayUpdate(req, res, path, raw);
    },
  };
}

// @ts-check
// The sandbox's hosted card fields, as a provider gives them to a merchant: a card form and a CVC field, each a
// page on the sandbox's own origin that the merchant's page embeds as an iframe. The digits stay in the iframe:
// it tokenises by posting to its own origin, and tells the parent page only "complete / not complete" and, on
// submit, a single-use token, a CVC session id or a message (postMessage to the one parent origin it was given).
// The merchant's server then stores the token for its customer (`/hosted/v1/vault`) or charges it
// (`/hosted/v1/charges`) with the sandbox's secret key. sandbox.mjs routes `/hosted/*` here.
import { createHmac, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brandOf, cvcLength, luhn } from './hosted/card-rules.js';

export const HOSTED_PREFIX = '/hosted';

/**
 * The card as the sandbox keeps it after tokenising: never the number, never the CVC.
 * @typedef {{ brand: CardBrand, last4: string, bin: string, expMonth: number, expYear: number, fingerprint: string }} HostedCard
 * @typedef {import('./hosted/card-rules.js').CardBrand} CardBrand
 * @typedef {{ save(customerId: string, card: HostedCard): string | undefined, find(customerId: string, token: string): { cvvRequired: boolean } | undefined }} MerchantVault
 * @typedef {import('./vaults.mjs').SendJson} SendJson
 */

/** Public test numbers that do not go through: the message the shopper sees at the form. */
const DECLINED = new Map([
  ['4000000000000002', { code: 'card_declined', message: 'Your card was declined. Try another card.' }],
  ['4000000000009995', { code: 'insufficient_funds', message: 'Your card has insufficient funds. Try another card.' }],
]);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Letters only, so an id can never pass for card digits. @param {string} prefix @param {number} length */
export function letterId(prefix, length) {
  let id = prefix;
  for (let index = 0; index < length; index += 1) id += LETTERS[randomInt(LETTERS.length)];
  return id;
}

/** An http(s) origin exactly (no path, no wildcard), or undefined. @param {string | null} value */
function checkedOrigin(value) {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}

const asset = (/** @type {string} */ name) => readFileSync(new URL(`./hosted/${name}`, import.meta.url), 'utf8');

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** @param {'card-form' | 'cvc'} kind @param {string} parent @param {string} [brand] @param {boolean} [dark] */
function page(kind, parent, brand, dark) {
  const title = kind === 'cvc' ? 'Security code' : 'Card details';
  const body =
    kind === 'cvc'
      ? `<label for="cvc">Security code</label>
<input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="4" aria-describedby="cvc-error" aria-invalid="false">
<p class="error" id="cvc-error"></p>`
      : `<label for="number">Card number</label>
<input id="number" name="number" inputmode="numeric" autocomplete="cc-number" maxlength="23" placeholder="1234 1234 1234 1234" aria-describedby="number-error" aria-invalid="false">
<p class="error" id="number-error"></p>
<div class="row">
<div><label for="expiry">Expiry date (MM / YY)</label>
<input id="expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" maxlength="7" placeholder="MM / YY" aria-describedby="expiry-error" aria-invalid="false">
<p class="error" id="expiry-error"></p></div>
<div><label for="cvc">Security code</label>
<input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" maxlength="4" aria-describedby="cvc-error" aria-invalid="false">
<p class="error" id="cvc-error"></p></div>
</div>
<p class="declined" id="declined" role="alert"></p>`;
  return `<!doctype html>
<html lang="en"${dark ? ' data-theme="dark"' : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · payment sandbox</title><link rel="stylesheet" href="${HOSTED_PREFIX}/hosted.css"></head>
<body data-kind="${kind}" data-parent="${escapeHtml(parent)}"${brand ? ` data-brand="${escapeHtml(brand)}"` : ''}>
<form novalidate>
${body}
</form>
<script src="${HOSTED_PREFIX}/hosted.js" type="module"></script>
</body></html>`;
}

/**
 * @param {{ sendJson: SendJson, safeEqual: (a: string, b: string) => boolean, secretKey: string, now: () => Date,
 *   vaults: Record<string, MerchantVault> }} context
 */
export function createHosted({ sendJson, safeEqual, secretKey, now, vaults }) {
  /** Single-use tokens from the card form. @type {Map<string, HostedCard & { used: boolean }>} */
  let tokens;
  /** CVC sessions, each for one card token. @type {Map<string, { card: string, used: boolean }>} */
  let cvcSessions;
  function reset() {
    tokens = new Map();
    cvcSessions = new Map();
  }
  reset();
  /** The files the hosted pages load, each read once. */
  const assets = new Map(
    /** @type {const} */ ([
      ['hosted.js', 'text/javascript'],
      ['card-rules.js', 'text/javascript'],
      ['hosted.css', 'text/css'],
    ]).map(([name, type]) => [`/${name}`, { type: `${type}; charset=utf-8`, text: asset(name) }]),
  );

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {string} code @param {string} message */
  const fail = (res, status, code, message) => sendJson(res, status, { error: { code, message } });

  /** @param {string} raw */
  function parse(raw) {
    try {
      const value = JSON.parse(raw);
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The number, expiry and CVC as the form sends them; the answer names the field, never the digits.
   * @param {Record<string, unknown>} body
   * @returns {{ card: HostedCard, decline?: { code: string, message: string } } | { code: string, message: string }}
   */
  function checkCard(body) {
    const digits = typeof body.number === 'string' ? body.number.replace(/[\s-]/g, '') : '';
    const brand = brandOf(digits);
    if (!/^\d{13,19}$/.test(digits) || !luhn(digits) || !brand)
      return { code: 'invalid_number', message: 'Your card number is not valid.' };
    const expiry = typeof body.expiry === 'string' ? /^(\d{2})\s*\/\s*(\d{2})$/.exec(body.expiry.trim()) : null;
    const month = Number(expiry?.[1]);
    const year = 2000 + Number(expiry?.[2]);
    if (!expiry || month < 1 || month > 12)
      return { code: 'invalid_expiry', message: 'Your expiry date is not valid.' };
    const today = now();
    if (year < today.getFullYear() || (year === today.getFullYear() && month < today.getMonth() + 1))
      return { code: 'expired_card', message: 'Your card has expired.' };
    const cvc = typeof body.cvc === 'string' ? body.cvc : '';
    if (!new RegExp(`^\\d{${cvcLength(brand)}}$`).test(cvc))
      return { code: 'invalid_cvc', message: 'Your security code is not valid.' };
    const card = {
      brand,
      last4: digits.slice(-4),
      bin: digits.slice(0, 6),
      expMonth: month,
      expYear: year,
      // As providers do: the same number gives the same fingerprint, and the number cannot be read back from it.
      fingerprint: createHmac('sha256', secretKey)
        .update(digits)
        .digest('base64url')
        .replace(/[^A-Za-z]/g, '')
        .slice(0, 16),
    };
    return { card, decline: DECLINED.get(digits) };
  }

  /** @param {import('node:http').IncomingMessage} req */
  const fromItself = (req, /** @type {string} */ origin) => req.headers.origin === origin;

  /** @param {import('node:http').IncomingMessage} req */
  function merchantAuthorized(req) {
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return Boolean(key && safeEqual(key, secretKey));
  }

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {URL} url
   * @param {string} raw @param {string} origin the sandbox's own origin
   */
  function handle(req, res, url, raw, origin) {
    const path = url.pathname.slice(HOSTED_PREFIX.length);
    const method = req.method ?? 'GET';
    if (method === 'GET' && (path === '/card-form' || path === '/cvc')) {
      const parent = checkedOrigin(url.searchParams.get('parent'));
      if (!parent) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('parent must be the embedding page’s origin, e.g. https://shop.example');
        return;
      }
      const brand = url.searchParams.get('brand') ?? undefined;
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors ${parent}`,
        'Referrer-Policy': 'no-referrer',
      });
      const dark = url.searchParams.get('theme') === 'dark';
      res.end(page(path === '/cvc' ? 'cvc' : 'card-form', parent, brand === 'amex' ? 'amex' : undefined, dark));
      return;
    }
    const file = method === 'GET' ? assets.get(path) : undefined;
    if (file) {
      res.writeHead(200, { 'Content-Type': file.type });
      res.end(file.text);
      return;
    }
    if (method !== 'POST') {
      fail(res, 404, 'not_found', 'Not found.');
      return;
    }
    const body = parse(raw);
    if (!body) {
      fail(res, 400, 'invalid_request', 'Send a JSON object.');
      return;
    }
    // Called by the hosted pages only: the merchant's page (another origin) cannot send the digits here.
    if (path === '/v1/tokens' || path === '/v1/cvc-sessions') {
      if (!fromItself(req, origin)) {
        fail(res, 403, 'forbidden', 'Only the hosted fields call this.');
        return;
      }
      if (path === '/v1/cvc-sessions') {
        if (
          typeof body.card !== 'string' ||
          !body.card ||
          typeof body.cvc !== 'string' ||
          !/^\d{3,4}$/.test(body.cvc)
        ) {
          fail(res, 400, 'invalid_cvc', 'Your security code is not valid.');
          return;
        }
        const session = letterId('cvc_', 24);
        cvcSessions.set(session, { card: body.card, used: false });
        sendJson(res, 201, { session });
        return;
      }
      const checked = checkCard(body);
      if (!('card' in checked)) {
        fail(res, 400, checked.code, checked.message);
        return;
      }
      if (checked.decline) {
        fail(res, 402, checked.decline.code, checked.decline.message);
        return;
      }
      const token = letterId('tok_', 24);
      tokens.set(token, { ...checked.card, used: false });
      sendJson(res, 201, { token });
      return;
    }
    if (!merchantAuthorized(req)) {
      fail(res, 401, 'unauthorized', 'Invalid API key.');
      return;
    }
    const vault =
      typeof body.merchant === 'string' && Object.hasOwn(vaults, body.merchant) ? vaults[body.merchant] : undefined;
    if (!vault) {
      fail(res, 400, 'invalid_merchant', `merchant must be one of ${Object.keys(vaults).join(', ')}.`);
      return;
    }
    const customerId = typeof body.customerId === 'string' ? body.customerId : '';
    const token = typeof body.token === 'string' ? body.token : '';
    if (!customerId || !token) {
      fail(res, 400, 'invalid_request', 'customerId and token are required.');
      return;
    }
    const tokenised = tokens.get(token);
    if (path === '/v1/vault') {
      if (!tokenised) {
        fail(res, 404, 'token_not_found', 'No such token.');
        return;
      }
      if (tokenised.used) {
        fail(res, 400, 'token_used', 'This token was already used. Tokenise the card again.');
        return;
      }
      const cardToken = vault.save(customerId, tokenised);
      if (!cardToken) {
        fail(res, 404, 'customer_not_found', 'No such customer.');
        return;
      }
      tokenised.used = true;
      sendJson(res, 201, { cardToken, brand: tokenised.brand, last4: tokenised.last4 });
      return;
    }
    if (path === '/v1/charges') {
      const amount = body.amount;
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0 || typeof body.currency !== 'string') {
        fail(res, 400, 'invalid_amount', 'amount must be a positive whole number of minor units, with a currency.');
        return;
      }
      if (tokenised?.used) {
        fail(res, 400, 'token_used', 'This token was already used. Tokenise the card again.');
        return;
      }
      const saved = tokenised ? undefined : vault.find(customerId, token);
      if (!tokenised && !saved) {
        fail(res, 404, 'card_not_found', 'No such card for this customer.');
        return;
      }
      if (body.cvcSession !== undefined) {
        const session = typeof body.cvcSession === 'string' ? cvcSessions.get(body.cvcSession) : undefined;
        if (!session || session.used) {
          fail(res, 402, 'cvc_session_invalid', 'The security code has expired. Enter it again.');
          return;
        }
        if (session.card !== token) {
          fail(res, 402, 'cvc_session_invalid', 'The security code was entered for another card.');
          return;
        }
        session.used = true;
      } else if (saved && (saved.cvvRequired || body.requireCvc === true)) {
        fail(res, 402, 'cvc_required', 'This card needs its security code.');
        return;
      }
      if (tokenised) tokenised.used = true;
      sendJson(res, 201, { id: letterId('pay_', 20), status: 'succeeded', amount, currency: body.currency });
      return;
    }
    fail(res, 404, 'not_found', 'Not found.');
  }

  return { reset, handle, merchants: Object.keys(vaults) };
}

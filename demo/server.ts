// The demo merchant's backend, mounted in the demo's Vite dev server by scripts/start.mjs.
// It is what a real merchant writes: the kit's handler, once per provider, pointed at the
// provider (here the local sandbox) with the merchant's credentials, and the shopper taken
// from the merchant's own session cookie, never from the browser's request.
// Plus its payment routes (payments.ts: store a card tokenised by the sandbox's hosted form, charge a card),
// and two demo-only routes: fault injection and reset.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  adyenProvider,
  braintreeProvider,
  cashfreeProvider,
  checkoutComProvider,
  createSavedCardsHandler,
  juspayProvider,
  ottuProvider,
  preferencesSchema,
  payuProvider,
  payuStorecardProvider,
  razorpayProvider,
  sqlPreferences,
  stripeProvider,
  REQUESTED_WITH_HEADER,
  toNodeHandler,
  type PaymentProvider,
  type SavedCardsPreferences,
} from 'react-saved-cards/server';
import { createPaymentRoutes } from './payments.ts';
import { ENDPOINTS, FAULTS_PATH, RESET_PATH } from './routes.ts';
import {
  ADYEN_AMEX_TOKEN,
  BRAINTREE_AMEX_TOKEN,
  CASHFREE_AMEX_TOKEN,
  CHECKOUT_AMEX_TOKEN,
  JUSPAY_AMEX_TOKEN,
  OTTU_AMEX_TOKEN,
  PAYU_STORECARD_AMEX_TOKEN,
  PAYU_TRAVEL_TOKEN,
  RAZORPAY_AMEX_TOKEN,
  STRIPE_AMEX_TOKEN,
  type Sandbox,
} from './sandbox/sandbox.mjs';

export const SESSION_COOKIE = 'demo_session';

/**
 * What "fault injection on" means, as the page explains it: every provider answer is slow,
 * and the provider refuses to delete one card of each merchant (Ottu's Amex …1009, PayU's
 * Mastercard …5454, the Amex …8431 of the other eight), so the card comes back with a message.
 */
export const DEMO_FAULTS = {
  latencyMs: 600,
  failDeleteToken: [
    OTTU_AMEX_TOKEN,
    PAYU_TRAVEL_TOKEN,
    STRIPE_AMEX_TOKEN,
    ADYEN_AMEX_TOKEN,
    CHECKOUT_AMEX_TOKEN,
    RAZORPAY_AMEX_TOKEN,
    PAYU_STORECARD_AMEX_TOKEN,
    CASHFREE_AMEX_TOKEN,
    JUSPAY_AMEX_TOKEN,
    BRAINTREE_AMEX_TOKEN,
  ],
} as const;

export type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

export interface DemoBackendOptions {
  /** The demo's own data folder: what shoppers set is kept here, in an SQLite file, across restarts. */
  dataDir: string;
}

/** The Ottu merchant's store of defaults and card names: the kit's SQL store on an embedded SQLite file. */
function openPreferences(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'preferences.sqlite'));
  db.pragma('journal_mode = WAL');
  for (const statement of preferencesSchema('sqlite')) db.exec(statement);
  const preferences = sqlPreferences({
    dialect: 'sqlite',
    query: (sql, params) => {
      const statement = db.prepare(sql);
      return statement.reader ? statement.all(params) : statement.run(params);
    },
  });
  return { preferences, empty: () => void db.exec('DELETE FROM saved_card_preferences'), close: () => void db.close() };
}

function cookie(header: string | null | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sendJson(response: ServerResponse, status: number, body?: unknown): void {
  response.statusCode = status;
  response.setHeader('Cache-Control', 'no-store');
  if (body === undefined) {
    response.end();
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

async function readSmallBody(request: IncomingMessage, limit = 1024): Promise<string | undefined> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > limit) return undefined;
  }
  return text;
}

function faultsEnabled(sandbox: Sandbox): boolean {
  const faults = sandbox.getFaults();
  return faults.latencyMs > 0 || faults.failDeleteToken !== null;
}

/**
 * The whole demo backend as one connect middleware; anything it does not own goes to `next`.
 * Every visitor of the page is signed in as the sandbox's shopper A by an HttpOnly cookie.
 */
export function createDemoBackend(sandbox: Sandbox, options: DemoBackendOptions): Middleware & { close(): void } {
  // session id → customer id: the merchant's own session store.
  const sessions = new Map<string, string>();
  const getCustomerId = (request: Request): string | null => {
    const id = cookie(request.headers.get('cookie'), SESSION_COOKIE);
    return (id && sessions.get(id)) || null;
  };
  const payments = createPaymentRoutes(sandbox, (request) => {
    const id = cookie(request.headers.cookie, SESSION_COOKIE);
    return (id && sessions.get(id)) || null;
  });
  const mount = (provider: PaymentProvider, basePath: string, preferences?: SavedCardsPreferences) =>
    toNodeHandler(createSavedCardsHandler({ provider, getCustomerId, basePath, timeoutMs: 8000, preferences }));
  // Ottu stores neither a default nor names: this merchant keeps them in its own database, so a restart
  // keeps them. "Reset demo data" empties it.
  const ottuStore = openPreferences(options.dataDir);
  const handlers = {
    ottu: mount(ottuProvider({ ...sandbox.ottu, environment: 'sandbox' }), ENDPOINTS.ottu, ottuStore.preferences),
    payu: mount(payuProvider(sandbox.payu), ENDPOINTS.payu),
    stripe: mount(stripeProvider(sandbox.stripe), ENDPOINTS.stripe),
    adyen: mount(adyenProvider(sandbox.adyen), ENDPOINTS.adyen),
    checkout: mount(checkoutComProvider(sandbox.checkoutCom), ENDPOINTS.checkout),
    razorpay: mount(razorpayProvider(sandbox.razorpay), ENDPOINTS.razorpay),
    'payu-storecard': mount(payuStorecardProvider(sandbox.payuStorecard), ENDPOINTS['payu-storecard']),
    cashfree: mount(cashfreeProvider(sandbox.cashfree), ENDPOINTS.cashfree),
    // Juspay keeps card names itself, and Braintree the default card: neither needs a preferences store.
    juspay: mount(juspayProvider(sandbox.juspay), ENDPOINTS.juspay),
    braintree: mount(braintreeProvider(sandbox.braintree), ENDPOINTS.braintree),
  };

  function signIn(response: ServerResponse): void {
    const id = randomUUID();
    // Bounded: a long demo session must not grow without end.
    if (sessions.size >= 1000) sessions.delete(sessions.keys().next().value as string);
    sessions.set(id, sandbox.customers.a);
    response.setHeader('Set-Cookie', `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict`);
  }

  async function faultsRoute(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET') return sendJson(response, 200, { enabled: faultsEnabled(sandbox) });
    if (request.method !== 'PUT') return sendJson(response, 405, { error: 'Use GET or PUT.' });
    if (!request.headers['content-type']?.startsWith('application/json'))
      return sendJson(response, 415, { error: 'Send JSON.' });
    const raw = await readSmallBody(request);
    let enabled: unknown;
    try {
      enabled = (JSON.parse(raw ?? '') as { enabled?: unknown }).enabled;
    } catch {
      enabled = undefined;
    }
    if (typeof enabled !== 'boolean') return sendJson(response, 400, { error: 'Send {"enabled": true|false}.' });
    sandbox.setFaults(enabled ? DEMO_FAULTS : { latencyMs: 0, failDeleteToken: null });
    return sendJson(response, 200, { enabled: faultsEnabled(sandbox) });
  }

  const middleware: Middleware = (request, response, next) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = (base: string) => path === base || path.startsWith(`${base}/`);
    const run = (work: Promise<void>) => void work.catch(next);

    for (const name of Object.keys(ENDPOINTS) as (keyof typeof ENDPOINTS)[]) {
      if (route(ENDPOINTS[name])) return run(handlers[name](request, response));
    }
    const payment = payments(request, response, path);
    if (payment) return run(payment);
    if (path === FAULTS_PATH) return run(faultsRoute(request, response));
    if (path === RESET_PATH) {
      if (request.method !== 'POST') return sendJson(response, 405, { error: 'Use POST.' });
      // A cross-site form cannot set this header, so another site cannot reset the demo.
      if (!request.headers[REQUESTED_WITH_HEADER.toLowerCase()])
        return sendJson(response, 403, { error: `Send ${REQUESTED_WITH_HEADER}.` });
      sandbox.reset();
      ottuStore.empty();
      return sendJson(response, 204);
    }
    // The page itself: sign the visitor in when they have no live session.
    if (request.method === 'GET' && (path === '/' || path === '/index.html')) {
      const id = cookie(request.headers.cookie, SESSION_COOKIE);
      if (!id || !sessions.has(id)) signIn(response);
    }
    next();
  };
  return Object.assign(middleware, { close: ottuStore.close });
}

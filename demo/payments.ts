// The demo merchant's payment routes: what a merchant's server does with the provider's hosted fields. The
// page's hosted card form (an iframe on the sandbox's origin) tokenises the card there; this server only ever
// sees the sandbox's token, stores it for the signed-in customer, and charges a saved or new token, with the
// CVC session where one is needed. The amount is the server's own order total, never the page's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { demoMessages, orderTotal, PROVIDERS, type ProviderName } from './messages.ts';
import { CVC_RECOLLECTED, PAY_PATHS } from './routes.ts';
import type { Sandbox } from './sandbox/sandbox.mjs';

/** The kit's longest token (src/core/token.ts). */
const MAX_TOKEN_LENGTH = 256;
const ROUTE = /^\/api\/pay\/([\w-]+)\/(cards|charges)$/;

class PayError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 2048) throw new PayError(413, 'The request is too large.');
  }
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  throw new PayError(400, 'Send a JSON object.');
}

function tokenField(body: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TOKEN_LENGTH)
    throw new PayError(400, `Send "${name}" as the sandbox gave it.`);
  return value;
}

/** The order's total in minor units (24.500 KWD → 24500), from the merchant's own order. */
function amountOf(merchant: ProviderName): { amount: number; currency: string } {
  const store = demoMessages.en.stores[merchant];
  return { amount: Math.round(orderTotal(store) * 10 ** store.decimals), currency: store.currency };
}

/** Only a short plain sentence of the sandbox's reaches the page; anything else becomes ours. */
function sandboxMessage(body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' && /^[\p{L}\p{Zs}.,’'()-]{1,160}$/u.test(message)
    ? message
    : 'The payment provider did not accept this. Try again.';
}

/**
 * The payment routes as one connect-style handler; `undefined` when the path is not one of them.
 * `getCustomerId` is the merchant's session lookup (the same as the saved-cards handler's).
 */
export function createPaymentRoutes(sandbox: Sandbox, getCustomerId: (request: IncomingMessage) => string | null) {
  async function callSandbox(path: 'vault' | 'charges', body: Record<string, unknown>) {
    const response = await fetch(`${sandbox.hosted.url}/v1/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sandbox.hosted.secretKey}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(8000),
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new PayError(response.status >= 500 ? 502 : response.status, sandboxMessage(answer));
    return answer as Record<string, unknown>;
  }

  async function route(request: IncomingMessage, response: ServerResponse, merchant: ProviderName, action: string) {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      throw new PayError(405, 'Use POST.');
    }
    // A cross-site form cannot set this header, so another site cannot charge the shopper.
    if (!request.headers['x-requested-with']) throw new PayError(403, 'Send X-Requested-With.');
    const customerId = getCustomerId(request);
    if (!customerId) throw new PayError(401, 'Sign in again.');
    const body = await readJson(request);
    const token = tokenField(body, 'token', true) as string;
    if (action === 'cards') {
      const saved = await callSandbox('vault', { merchant, customerId, token });
      return send(response, 201, { token: saved.cardToken });
    }
    const cvcSession = tokenField(body, 'cvcSession', false);
    const payment = await callSandbox('charges', {
      merchant,
      customerId,
      token,
      ...(cvcSession && { cvcSession }),
      // This merchant asks for the CVC of every saved card; the sandbox refuses a saved card without its session.
      requireCvc: CVC_RECOLLECTED.has(merchant),
      ...amountOf(merchant),
    });
    return send(response, 201, { paymentId: payment.id });
  }

  return (request: IncomingMessage, response: ServerResponse, path: string): Promise<void> | undefined => {
    if (path === PAY_PATHS.config) {
      send(response, 200, { hostedUrl: sandbox.hosted.url });
      return Promise.resolve();
    }
    const match = ROUTE.exec(path);
    if (!match) return undefined;
    const merchant = PROVIDERS.find((name) => name === match[1]);
    const work = merchant
      ? route(request, response, merchant, match[2] as string)
      : Promise.reject(new PayError(404, 'No such merchant.'));
    return work.catch((error: unknown) => {
      if (!(error instanceof PayError)) throw error;
      send(response, error.status, { error: error.message });
    });
  };
}

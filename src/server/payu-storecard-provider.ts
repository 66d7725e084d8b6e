import { payuAdapter } from '../adapters/payu';
import { pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import { toHex } from './account-reference';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** PayU India's v2 storecard REST API (experimental: PayU marks its authentication "pending engineering confirmation"). */
export interface PayuStorecardProviderOptions extends ProviderHttpOptions {
  /** The merchant key: the `username` of the authorization header, and the first half of `userCredential`. */
  key: string;
  /** The merchant salt: the secret of every signature. It is never sent. */
  salt: string;
  /** PayU's merchant id, sent as the `mid` header when given (the seed's page asks for it, the newest page does not). */
  mid?: string;
  /** Default: "https://info.payu.in" (production); "https://apitest.payu.in" is PayU's test host. */
  baseUrl?: string;
  /** The query parameter of `{key}:{customerId}`. Default `userCredential`; PayU's newest page spells it `userCredentials`. */
  customerParam?: string;
}

/**
 * The `authorization` signature of PayU's v2 APIs: lowercase hex SHA-512 (a plain hash, not an HMAC,
 * despite the header's name) of `{body}|{date}|{salt}`, the body empty for GET and DELETE. This follows the
 * Postman script of PayU's "Headers and Content Types" and header-authentication pages.
 *
 * @example
 * await payuStorecardSignature('', new Date().toUTCString(), salt);
 */
export async function payuStorecardSignature(body: string, date: string, salt: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${body}|${date}|${salt}`);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-512', bytes)));
}

/**
 * PayU India's v2 storecard API: lists with `GET {baseUrl}/storecard/instrument/v1?userCredential={key}:{customerId}`
 * and deletes with `DELETE {baseUrl}/storecard/card/v1?userCredential=…&cardToken=…`, each signed with a `date`
 * header and `authorization: hmac username="{key}", algorithm="sha512", headers="date", signature="…"`.
 * Reads both documented answers with `payuAdapter()` (the map under `result.user_cards`, and the newest page's
 * top-level array); wallets (`user_instruments`) are never listed. Experimental: see the README for what PayU's
 * pages disagree on.
 *
 * @example
 * const provider = payuStorecardProvider({ key: process.env.PAYU_KEY!, salt: process.env.PAYU_SALT!, mid: process.env.PAYU_MID });
 */
export function payuStorecardProvider(options: PayuStorecardProviderOptions): PaymentProvider {
  // Its own name: the handler's pass-through has no allowlist for the newest page's array answer.
  const adapter = { ...payuAdapter(), name: 'payu-storecard' };
  const secrets = [options.salt, options.key];
  const http = providerHttp(options.baseUrl ?? 'https://info.payu.in', { ...options, adapter, secrets });
  const customerParam = options.customerParam ?? 'userCredential';

  async function call(method: 'GET' | 'DELETE', path: string, query: Record<string, string>, signal: AbortSignal) {
    const date = new Date().toUTCString();
    const signature = await payuStorecardSignature('', date, options.salt);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      date,
      authorization: `hmac username="${options.key}", algorithm="sha512", headers="date", signature="${signature}"`,
      ...(options.mid !== undefined && { mid: options.mid }),
    };
    const init = { method, headers };
    return http.send(`${path}?${new URLSearchParams(query)}`, init, signal, method === 'GET' ? 'list' : 'card', true);
  }
  const credential = (customerId: string) => ({ [customerParam]: `${options.key}:${customerId}` });

  return {
    name: 'payu-storecard',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards: (customerId, signal) => call('GET', '/storecard/instrument/v1', credential(customerId), signal),
    async deleteCard(customerId, token, signal) {
      const body = await call('DELETE', '/storecard/card/v1', { ...credential(customerId), cardToken: token }, signal);
      // PayU's own answer always says its status; without one it is unreadable, not a success.
      if (pick(body, 'status') === undefined) throw new SavedCardsError('invalid-response');
      adapter.parseDelete?.(body);
    },
  };
}

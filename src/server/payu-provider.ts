import { payuAdapter } from '../adapters/payu';
import { pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import { toHex } from './account-reference';
import type { PaymentProvider } from './provider';
import { providerHttp, type ProviderHttpOptions } from './provider-request';

/** PayU India's command sets: `user_cards` ("Model 2" merchants) or `payment_instrument` ("Model 3"); ask PayU which is yours. */
export type PayuCommands = 'user_cards' | 'payment_instrument';

/** PayU India's `postservice?form=2` command API (not PayU Europe or Latam, nor the v2 "storecard" REST API). */
export interface PayuProviderOptions extends ProviderHttpOptions {
  /** "https://test.payu.in" or "https://info.payu.in". */
  baseUrl: string;
  /** The merchant key. */
  key: string;
  /** The merchant salt: the secret of every request hash. */
  salt: string;
  /** Which command set lists and deletes cards. Default: `user_cards`. */
  commands?: PayuCommands;
}

const COMMANDS: Record<PayuCommands, { list: string; delete: string }> = {
  user_cards: { list: 'get_user_cards', delete: 'delete_user_card' },
  payment_instrument: { list: 'get_payment_instrument', delete: 'delete_payment_instrument' },
};

/**
 * PayU's web-service hash: lowercase hex SHA-512 of `key|command|var1|salt`.
 *
 * @example
 * await payuHash('JPM7Fg', 'get_user_cards', 'JPM7Fg:abc', salt);
 */
export async function payuHash(key: string, command: string, var1: string, salt: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${key}|${command}|${var1}|${salt}`);
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-512', bytes)));
}

// Follows docs.payu.in ("Get User Cards API", its Model 3 page, "Delete a Saved Card API"): a form POST to
// `postservice?form=2` with key, command, var1 = `key:customerId` and hash; delete's token goes in var2, as in
// PayU's iOS SDK (PayUConstants.h). Both answer HTTP 200 with `status` 1 or 0.
/**
 * PayU India's card vault through its web-service commands: `get_user_cards` and
 * `delete_user_card`, or with `commands: 'payment_instrument'` (Model 3 merchants)
 * `get_payment_instrument` and `delete_payment_instrument`. The answer of the list is PayU's
 * snake_case `{status, msg, user_cards}`, read by `payuAdapter()`. `status: 0` is a failure even with HTTP 200.
 *
 * @example
 * const provider = payuProvider({ baseUrl: 'https://info.payu.in', key: process.env.PAYU_KEY!, salt: process.env.PAYU_SALT! });
 */
export function payuProvider(options: PayuProviderOptions): PaymentProvider {
  const adapter = payuAdapter();
  const secrets = [options.salt, options.key];
  const http = providerHttp(options.baseUrl, { ...options, adapter, secrets }, '/merchant/postservice?form=2');
  const names = COMMANDS[options.commands ?? 'user_cards'];

  async function command(name: string, customerId: string, signal: AbortSignal, var2?: string): Promise<unknown> {
    const var1 = `${options.key}:${customerId}`;
    const form = new URLSearchParams({ key: options.key, command: name, var1 });
    if (var2 !== undefined) form.set('var2', var2);
    form.set('hash', await payuHash(options.key, name, var1, options.salt));
    const headers = { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
    const call = var2 === undefined ? 'list' : 'card';
    return http.send('', { method: 'POST', headers, body: form.toString() }, signal, call, true);
  }

  return {
    name: 'payu',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: false, rename: false },
    listCards: (customerId, signal) => command(names.list, customerId, signal),
    async deleteCard(customerId, token, signal) {
      const body = await command(names.delete, customerId, signal, token);
      // PayU's own answer always says its status; without one it is unreadable, not a success.
      if (pick(body, 'status') === undefined) throw new SavedCardsError('invalid-response');
      adapter.parseDelete?.(body);
    },
  };
}

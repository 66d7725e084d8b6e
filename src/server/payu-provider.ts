import { payuAdapter } from '../adapters/payu';
import { pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import { toHex } from './account-reference';
import type { PaymentProvider } from './provider';
import { requestProvider, successfulBody, type ProviderHttpOptions } from './provider-request';

/**
 * PayU India's two command sets for saved cards: `user_cards` (`get_user_cards` /
 * `delete_user_card`, documented for "Model 2" merchants) or `payment_instrument`
 * (`get_payment_instrument` / `delete_payment_instrument`, for "Model 3" merchants; PayU's
 * iOS SDK marks `getUserCards` deprecated in favour of it). Ask PayU which model your account is.
 */
export type PayuCommands = 'user_cards' | 'payment_instrument';

/**
 * PayU India only: PayU Europe and PayU Latam are different APIs. The provider speaks the
 * `postservice?form=2` command API; PayU's v2 "storecard" REST API (HMAC `authorization` header
 * over body and date) is not implemented, though `payuAdapter()` reads its answers.
 */
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

/*
 * What this follows, from PayU India's public reference (docs.payu.in, checked with the search tool):
 * - "Get User Cards API" (command `get_user_cards`), "Get User Cards API - Model 3" (command
 *   `get_payment_instrument`) and "Delete a Saved Card API": HTTP POST, form-encoded, to
 *   `https://test.payu.in/merchant/postservice?form=2` (test) or `https://info.payu.in/merchant/postservice?form=2`
 *   (production); the samples post to `postservice.php?form=2`, the environment tables and PayU's iOS SDK
 *   (`PAYU_WEBSERVICE_*_URL`) say `postservice?form=2`. We use the latter.
 * - Fields `key`, `command`, `var1` (user credentials `key:customerId`, as in the sample `var1=JPM7Fg:abc`) and
 *   `hash`; hash logic `sha512(key|command|var1|salt)`, as on those pages and in PayU's Node SDK `apiHasher`.
 *   The pages' two sample hashes are test vectors in test/server/providers.test.ts.
 * - Delete: command `delete_user_card` with the card token in `var2`: PayU's iOS SDK defines
 *   `COMMAND_DELETE_USER_CARD @"delete_user_card"` and `PARAM_VAR2 @"var2"` (payu-intrepos/iOS-SDK,
 *   PayUBizCoreKit.xcframework/ios-arm64/PayUBizCoreKit.framework/Headers/PayUConstants.h), and its sample app's
 *   delete screen sends the user credentials as var1 and the card token as var2 (payu-intrepos/iOS-SDK-Sample-App,
 *   "BizCore+CB SampleApp/ObjC/PayUNonSeamlessTestApp/SampleApp/VerifyAPI/Presentation Layer/PUVABaseResponseVC.m",
 *   btnClickedDeleteUserCard). `delete_payment_instrument` is the same SDK's COMMAND_DELETE_PAYMENT_INSTRUMENT;
 *   no page found shows its fields, so it takes the same var1/var2 as delete_user_card.
 * - Answers `{status, msg, user_cards}` with `status` 1 for success and 0 for failure, HTTP 200 either way;
 *   delete answers `{status: 1, msg: "... deleted successfully"}` or `{status: 0, msg: "card not found"}`.
 */
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
  const url = `${options.baseUrl.replace(/\/+$/, '')}/merchant/postservice?form=2`;
  const adapter = payuAdapter();
  const secrets = [options.salt, options.key];
  const names = COMMANDS[options.commands ?? 'user_cards'];

  async function command(name: string, customerId: string, signal: AbortSignal, var2?: string): Promise<unknown> {
    const var1 = `${options.key}:${customerId}`;
    const form = new URLSearchParams({ key: options.key, command: name, var1 });
    if (var2 !== undefined) form.set('var2', var2);
    form.set('hash', await payuHash(options.key, name, var1, options.salt));
    const answer = await requestProvider(
      url,
      {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      },
      { ...options, signal, secrets },
    );
    return successfulBody(answer, adapter, true);
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

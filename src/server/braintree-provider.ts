import { braintreeAdapter, graphQlFailure } from '../adapters/braintree';
import { isRecord, pick } from '../adapters/read';
import { SavedCardsError } from '../core/errors';
import type { PaymentProvider } from './provider';
import { providerHttp, successfulBody, type ProviderHttp, type ProviderHttpOptions } from './provider-request';

/** What `braintreeProvider` needs: the public and private API keys, and where Braintree's GraphQL API is. */
export interface BraintreeProviderOptions extends ProviderHttpOptions {
  publicKey: string;
  privateKey: string;
  /** The GraphQL endpoint. Default: "https://payments.braintree-api.com/graphql" (sandbox: payments.sandbox.braintree-api.com). */
  baseUrl?: string;
  /** The `Braintree-Version` header. Default: "2018-09-10", the official `braintree` SDK's (3.x). */
  braintreeVersion?: string;
  /**
   * Your merchant id. Needed only to set the default card: Braintree's GraphQL schema has no mutation for it,
   * so the provider uses the gateway call the official SDK makes (`paymentMethod.update` with `makeDefault`).
   */
  merchantId?: string;
  /** The gateway of that call. Default: "https://api.braintreegateway.com" (sandbox: api.sandbox.braintreegateway.com). */
  gatewayUrl?: string;
}

// Fifty a page, twenty pages: a thousand cards, far beyond any shopper; more is unreadable, never a list cut short.
const PAGE_SIZE = 50;
const MAX_PAGES = 20;

const LIST_QUERY = `query SavedCards($customerId: ID!, $after: String) {
  node(id: $customerId) {
    ... on Customer {
      defaultPaymentMethod { id }
      paymentMethods(first: ${PAGE_SIZE}, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id usage details { __typename ... on CreditCardDetails {
          brandCode last4 expirationMonth expirationYear cardholderName uniqueNumberIdentifier } } } }
      }
    }
  }
}`;
const DELETE_MUTATION = `mutation DeletePaymentMethod($input: DeletePaymentMethodFromVaultInput!) {
  deletePaymentMethodFromVault(input: $input) { clientMutationId }
}`;
const LEGACY_ID_QUERY = `query PaymentMethodLegacyId($id: ID!) {
  node(id: $id) { ... on PaymentMethod { legacyId } }
}`;

type GraphQl = (query: string, variables: Record<string, unknown>, signal: AbortSignal) => Promise<unknown>;

/** One GraphQL call: its `data`, or its `errors` (Braintree answers most failures with HTTP 200) as a kit error. */
function graphQlOver(api: ProviderHttp, options: BraintreeProviderOptions, authorization: string): GraphQl {
  return async (query, variables, signal) => {
    const answer = await api.answer(
      '',
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: authorization,
          'Braintree-Version': options.braintreeVersion ?? '2018-09-10',
        },
        body: JSON.stringify({ query, variables }),
      },
      signal,
    );
    const failure = graphQlFailure(pick(answer.body, 'errors'));
    if (failure) throw failure;
    const data = pick(successfulBody(answer, api.adapter, true), 'data');
    if (!isRecord(data)) throw new SavedCardsError('invalid-response', { status: answer.status });
    return data;
  };
}

/** Every page of the customer's payment methods, and the default's id: what `braintreeAdapter()` reads. */
async function listAllPages(graphQl: GraphQl, customerId: string, signal: AbortSignal) {
  const paymentMethods: unknown[] = [];
  let defaultPaymentMethodId: unknown;
  let after: unknown = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const customer = pick(await graphQl(LIST_QUERY, { customerId, after }, signal), 'node');
    // No such customer: no cards.
    if (customer === null) return { paymentMethods, defaultPaymentMethodId };
    const connection = pick(customer, 'paymentMethods');
    const edges = pick(connection, 'edges');
    if (!Array.isArray(edges)) throw new SavedCardsError('invalid-response');
    defaultPaymentMethodId = pick(pick(customer, 'defaultPaymentMethod'), 'id');
    paymentMethods.push(...edges.map((edge: unknown) => pick(edge, 'node')));
    const pageInfo = pick(connection, 'pageInfo');
    if (pick(pageInfo, 'hasNextPage') !== true) return { paymentMethods, defaultPaymentMethodId };
    after = pick(pageInfo, 'endCursor');
    if (typeof after !== 'string') throw new SavedCardsError('invalid-response');
  }
  throw new SavedCardsError('invalid-response');
}

/**
 * Braintree's vault through its GraphQL API: one POST endpoint, HTTP Basic with the public and private key,
 * and a `Braintree-Version` header. Lists the customer's credit cards through the `Customer` node (the
 * `customerId` is the customer's GraphQL id; `idFromLegacyId` turns a legacy id into one), deletes with
 * `deletePaymentMethodFromVault`, reads the default from `defaultPaymentMethod`, and, given `merchantId`,
 * sets it with the gateway's `makeDefault`.
 *
 * @example
 * const provider = braintreeProvider({ publicKey: process.env.BT_PUBLIC_KEY!, privateKey: process.env.BT_PRIVATE_KEY!, merchantId: process.env.BT_MERCHANT_ID });
 */
export function braintreeProvider(options: BraintreeProviderOptions): PaymentProvider {
  const adapter = braintreeAdapter();
  const basic = btoa(`${options.publicKey}:${options.privateKey}`);
  const secrets = [options.privateKey, basic];
  const setup = { ...options, adapter, secrets };
  const api = providerHttp(options.baseUrl ?? 'https://payments.braintree-api.com/graphql', setup);
  const gateway = providerHttp(options.gatewayUrl ?? 'https://api.braintreegateway.com', setup);
  const authorization = `Basic ${basic}`;

  const graphQl = graphQlOver(api, options, authorization);

  return {
    name: 'braintree',
    adapter,
    secrets,
    capabilities: { delete: true, setDefault: options.merchantId !== undefined, rename: false },
    listCards: (customerId, signal) => listAllPages(graphQl, customerId, signal),
    async deleteCard(_customerId, token, signal) {
      const data = await graphQl(DELETE_MUTATION, { input: { paymentMethodId: token } }, signal);
      if (!isRecord(pick(data, 'deletePaymentMethodFromVault'))) throw new SavedCardsError('invalid-response');
    },
    ...(options.merchantId !== undefined && {
      async setDefaultCard(_customerId: string, token: string, signal: AbortSignal) {
        const legacyId = pick(pick(await graphQl(LEGACY_ID_QUERY, { id: token }, signal), 'node'), 'legacyId');
        if (typeof legacyId !== 'string') throw new SavedCardsError('not-found');
        const merchant = encodeURIComponent(options.merchantId ?? '');
        await gateway.send(
          `/merchants/${merchant}/payment_methods/any/${encodeURIComponent(legacyId)}`,
          {
            method: 'PUT',
            headers: {
              Accept: 'application/xml',
              'Content-Type': 'application/json',
              Authorization: authorization,
              'X-ApiVersion': '6',
            },
            body: JSON.stringify({ payment_method: { options: { make_default: true } } }),
          },
          signal,
          'card',
        );
      },
    }),
  };
}

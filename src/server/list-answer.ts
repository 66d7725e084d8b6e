import {
  DEFAULT_CAPABILITIES,
  type CardIssue,
  type DeleteBlockedReason,
  type SavedCardsCapabilities,
} from '../core/card';
import type { AdapterListResult } from '../adapters/types';
import { parseFlag, TEXT_LIMITS } from '../core/fields';
import { byDisplayOrder, checkCards, failWhenNoneReadable, type CheckedInput } from '../core/normalize';
import type { SavedCardsPreferences } from './preferences';
import type { PaymentProvider } from './provider';
import { providerText, scrubSecretsFromJson } from './provider-request';

/** A provider's answer scrubbed of its secrets, then read by its adapter: what the list and the ownership check read. */
export function parseProviderAnswer(
  provider: PaymentProvider,
  body: unknown,
): { scrubbed: unknown; parsed: AdapterListResult } {
  // The built-in providers scrubbed in requestProvider; this is the guard for a custom provider's answer.
  const scrubbed = scrubSecretsFromJson(body, provider.secrets);
  return { scrubbed, parsed: provider.adapter.parseList(scrubbed) };
}

/** A locked card's reason as the shopper may read it: its words through `providerText`, else only its code. */
export function shownBlockedReason(
  reason: DeleteBlockedReason | undefined,
  secrets: readonly string[],
): DeleteBlockedReason | undefined {
  if (reason?.message === undefined) return reason;
  const message = providerText(reason.message, secrets, TEXT_LIMITS.deleteBlockedReason);
  return message === undefined ? { code: reason.code } : { ...reason, message };
}

/**
 * A provider's list answer, scrubbed and checked: the readable cards and why the others were left out.
 * Throws (a 502 for the handler) when the answer is malformed, refused or has no readable card.
 */
export function readProviderList(
  provider: PaymentProvider,
  body: unknown,
): { scrubbed: unknown; checked: CheckedInput[]; issues: CardIssue[] } {
  const { scrubbed, parsed } = parseProviderAnswer(provider, body);
  const { checked, issues } = checkCards(parsed.cards, {}, parsed.issues);
  failWhenNoneReadable(checked.length, issues);
  const shown = checked.map((entry) => {
    const reason = shownBlockedReason(entry.card.deleteBlockedReason, provider.secrets);
    return reason === entry.card.deleteBlockedReason
      ? entry
      : { ...entry, card: { ...entry.card, deleteBlockedReason: reason } };
  });
  return { scrubbed, checked: shown, issues };
}

/**
 * What a provider can do: what it declares (the kit's defaults for the rest) and has the method for.
 * A preferences store keeps the default and the names for it.
 */
export function capabilitiesOf(provider: PaymentProvider, preferences?: SavedCardsPreferences): SavedCardsCapabilities {
  const declared = { ...DEFAULT_CAPABILITIES, ...provider.capabilities };
  return {
    delete: declared.delete,
    setDefault: Boolean(preferences) || (declared.setDefault && typeof provider.setDefaultCard === 'function'),
    rename: Boolean(preferences) || (declared.rename && typeof provider.renameCard === 'function'),
  };
}

/** The kit's JSON contract for checked cards: one entry per token, in display order; PARs as opaque references. */
export async function jsonListAnswer(
  checked: readonly CheckedInput[],
  reference: (par: string) => Promise<string>,
  capabilities: SavedCardsCapabilities = DEFAULT_CAPABILITIES,
) {
  // The browser groups duplicates itself, by accountReference.
  const seen = new Set<string>();
  const cards = checked.flatMap(({ card, accountReference, input }) => {
    if (seen.has(card.token)) return [];
    seen.add(card.token);
    // The provider's own flags only: the browser judges dates in the shopper's time zone, with its own window.
    return [
      {
        card: { ...card, isExpired: parseFlag(input.isExpired) === true },
        accountReference,
        expiresSoon: parseFlag(input.expiresSoon) === true,
      },
    ];
  });
  cards.sort((a, b) => byDisplayOrder(a.card, b.card));
  return {
    cards: await Promise.all(
      cards.map(async ({ card, accountReference, expiresSoon }) => ({
        token: card.token,
        brand: card.brand,
        last4: card.last4,
        expiryMonth: card.expiryMonth,
        expiryYear: card.expiryYear,
        isExpired: card.isExpired,
        isPreferred: card.isPreferred,
        expiresSoon,
        holderName: card.holderName,
        nickname: card.nickname,
        funding: card.funding,
        cvvRequired: card.cvvRequired,
        gateway: card.gateway,
        networks: card.networks && [...card.networks],
        deleteBlocked: card.deleteBlockedReason,
        accountReference: accountReference === undefined ? undefined : await reference(accountReference),
      })),
    ),
    capabilities,
  };
}

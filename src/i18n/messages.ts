import { en } from './en';
import { enAccount } from './en-account';
import { enCommon } from './en-common';
import type { AccountMessages, CommonMessages, SavedCardsMessages, SavedCardsMessagesOverride } from './types';

// Once per catalogue object, so a re-render with the same one hands the parts the same texts.
const commonOf = new WeakMap<SavedCardsMessagesOverride, CommonMessages>();
const wholeOf = new WeakMap<CommonMessages, SavedCardsMessages>();

/**
 * A whole catalogue: `messages` merged over English key by key. Other languages are imports of their own,
 * so an English page ships none of them: `import { ar } from 'react-saved-cards/locales/ar'`, then
 * `resolveMessages(ar)` (or `<SavedCards messages={ar} />`), whose `lang` and `dir` come with it.
 *
 * @example
 * resolveMessages({ heading: 'Pay with', brands: { mada: 'Mada' } });
 */
export function resolveMessages(messages?: SavedCardsMessagesOverride): SavedCardsMessages {
  return messages ? withAccountTexts(commonMessages(messages)) : en;
}

/**
 * The texts every view says: `messages` merged over English's (errors and brands one by one), the rest of
 * `messages` kept as given for {@link withAccountTexts}. The checkout needs no more, so it ships no account text.
 */
export function commonMessages(messages?: SavedCardsMessagesOverride): CommonMessages {
  if (!messages) return enCommon;
  let texts = commonOf.get(messages);
  if (!texts) {
    texts = {
      ...enCommon,
      ...messages,
      errors: { ...enCommon.errors, ...messages.errors },
      brands: { ...enCommon.brands, ...messages.brands },
    };
    commonOf.set(messages, texts);
  }
  return texts;
}

/** The whole catalogue the account page reads: English's account texts under those `commonMessages` kept. */
export function withAccountTexts(texts: CommonMessages): SavedCardsMessages {
  let whole = wholeOf.get(texts);
  if (!whole) {
    const given = texts as CommonMessages & Partial<AccountMessages>;
    whole = {
      ...enAccount,
      ...texts,
      nicknameProblems: { ...enAccount.nicknameProblems, ...given.nicknameProblems },
    };
    wholeOf.set(texts, whole);
  }
  return whole;
}

/**
 * Fills `{name}` placeholders; unknown ones are left as they are.
 *
 * @example
 * formatMessage('{brand} ending in {last4}', { brand: 'Visa', last4: '1258' }); // 'Visa ending in 1258'
 */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

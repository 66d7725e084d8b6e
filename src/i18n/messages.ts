import { en } from './en';
import type { SavedCardsMessages, SavedCardsMessagesOverride } from './types';

// Once per catalogue object, so a re-render with the same one hands the parts the same texts.
const resolved = new WeakMap<SavedCardsMessagesOverride, SavedCardsMessages>();

/**
 * A whole catalogue: `messages` merged over English key by key. Other languages are imports of their own,
 * so an English page ships none of them: `import { ar } from 'react-saved-cards/locales/ar'`, then
 * `resolveMessages(ar)` (or `<SavedCards messages={ar} />`), whose `lang` and `dir` come with it.
 *
 * @example
 * resolveMessages({ heading: 'Pay with', brands: { mada: 'Mada' } });
 */
export function resolveMessages(messages?: SavedCardsMessagesOverride): SavedCardsMessages {
  if (!messages) return en;
  let whole = resolved.get(messages);
  if (!whole) {
    whole = {
      ...en,
      ...messages,
      errors: { ...en.errors, ...messages.errors },
      brands: { ...en.brands, ...messages.brands },
      nicknameProblems: { ...en.nicknameProblems, ...messages.nicknameProblems },
    };
    resolved.set(messages, whole);
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

import type { SavedCard } from './card';
import { redactText } from './masking';

// The strings the components show from a card's backend text. Redacted here, as a whole: each field alone
// was redacted when read, but "Card 4111" and "1111 Ali" joined read as one number, and a card a merchant
// built by hand was never read at all.

/** The nickname and holder name as one line ("Work · FATIMA"), or undefined when there is neither. */
export function holderText(card: Pick<SavedCard, 'nickname' | 'holderName'>): string | undefined {
  return redactText([card.nickname, card.holderName].filter(Boolean).join(' · '));
}

/** The backend's own words for a refused delete, if it sent any. */
export function deleteBlockedText(card: Pick<SavedCard, 'deleteBlockedReason'>): string | undefined {
  return redactText(card.deleteBlockedReason?.message);
}

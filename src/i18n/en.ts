import { enAccount } from './en-account';
import { enCommon } from './en-common';
import type { SavedCardsMessages } from './types';

/** The English catalogue, the default: the texts every view says (`enCommon`) and the account page's own (`enAccount`). */
export const en: SavedCardsMessages = { ...enCommon, ...enAccount };

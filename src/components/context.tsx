'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { enCommon } from '../i18n/en-common';
import { commonMessages, withAccountTexts } from '../i18n/messages';
import type { CommonMessages, SavedCardsMessages, SavedCardsMessagesOverride } from '../i18n/types';

/** Extra class names per part, added to the kit's own attributes. */
export interface SavedCardsClassNames {
  root?: string;
  heading?: string;
  list?: string;
  row?: string;
  card?: string;
  brand?: string;
  number?: string;
  expiry?: string;
  holder?: string;
  badge?: string;
  cvvHint?: string;
  deleteButton?: string;
  blockedReason?: string;
  dialog?: string;
  confirmButton?: string;
  cancelButton?: string;
  loading?: string;
  empty?: string;
  error?: string;
  retryButton?: string;
  /** Manage mode: a card's group of actions, its buttons and the name field. */
  actions?: string;
  makeDefaultButton?: string;
  renameButton?: string;
  renameInput?: string;
}

interface UIContextValue {
  /** The texts every view says; the account page's parts read theirs with `useAccountMessages`. */
  messages: CommonMessages;
  /** The catalogue's own direction. */
  dir: 'ltr' | 'rtl';
  classNames: SavedCardsClassNames;
}

const NO_CLASS_NAMES: SavedCardsClassNames = {};
const UIContext = createContext<UIContextValue>({ messages: enCommon, dir: 'ltr', classNames: NO_CLASS_NAMES });

/** Props of `<SavedCardsUIProvider>`, which gives the parts below it their texts, language and class names. */
export interface SavedCardsUIProviderProps {
  /**
   * The texts, and with them the language (`lang`) and direction (`dir`): a catalogue
   * (`import { ar } from 'react-saved-cards/locales/ar'`) or any messages to replace, merged over English.
   * Read by identity, as `classNames` are: a new object each render re-renders every card (`useMemo` one of yours).
   */
  messages?: SavedCardsMessagesOverride;
  classNames?: SavedCardsClassNames;
  children?: ReactNode;
}

/**
 * Gives the presentational parts their texts, direction and class names when
 * you compose them yourself (`<SavedCards>` sets it up on its own).
 *
 * @example
 * <SavedCardsUIProvider messages={ar}><div dir="rtl" lang="ar" data-sc-root>...</div></SavedCardsUIProvider>
 */
export function SavedCardsUIProvider({ messages, classNames, children }: SavedCardsUIProviderProps) {
  const value = useMemo(() => {
    const resolved = commonMessages(messages);
    return { messages: resolved, dir: resolved.dir, classNames: classNames ?? NO_CLASS_NAMES };
  }, [messages, classNames]);
  return <UIContext.Provider value={value}>{children}</UIContext.Provider>;
}

/** The resolved messages, direction and class names of the nearest `SavedCardsUIProvider` (English without one). */
export function useSavedCardsUI(): UIContextValue {
  return useContext(UIContext);
}

/** The whole catalogue of the nearest `SavedCardsUIProvider`: the account page's parts read their own texts here. */
export function useAccountMessages(): SavedCardsMessages {
  return withAccountTexts(useSavedCardsUI().messages);
}

/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

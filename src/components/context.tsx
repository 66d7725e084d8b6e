'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { localeDirection, resolveMessages } from '../i18n/messages';
import type { SavedCardsLocale, SavedCardsMessages, SavedCardsMessagesOverride } from '../i18n/types';

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
  overlay?: string;
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
  messages: SavedCardsMessages;
  dir: 'ltr' | 'rtl';
  classNames: SavedCardsClassNames;
}

const en = resolveMessages('en');
const UIContext = createContext<UIContextValue>({ messages: en, dir: 'ltr', classNames: {} });

export interface SavedCardsUIProviderProps {
  /** The page's language: `lang` and direction ("ar" lays out right to left). Default "en". */
  locale?: SavedCardsLocale;
  /** A catalogue (`import { ar } from 'react-saved-cards/locales/ar'`) or any messages to replace, merged over English. */
  messages?: SavedCardsMessagesOverride;
  /** Default: from the locale. */
  dir?: 'ltr' | 'rtl';
  classNames?: SavedCardsClassNames;
  children?: ReactNode;
}

/**
 * Gives the presentational parts their texts, direction and class names when
 * you compose them yourself (`<SavedCards>` sets it up on its own).
 *
 * @example
 * <SavedCardsUIProvider locale="ar" messages={ar}><div dir="rtl" data-sc-root>...</div></SavedCardsUIProvider>
 */
export function SavedCardsUIProvider({
  locale = 'en',
  messages,
  dir,
  classNames,
  children,
}: SavedCardsUIProviderProps) {
  const value = useMemo(
    () => ({
      messages: resolveMessages(locale, messages),
      dir: dir ?? localeDirection(locale),
      classNames: classNames ?? {},
    }),
    // Callers often pass object literals; compare by content so parts don't re-render for nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
    [locale, dir, JSON.stringify(messages), JSON.stringify(classNames)],
  );
  return <UIContext.Provider value={value}>{children}</UIContext.Provider>;
}

/** The resolved messages, direction and class names of the nearest `SavedCardsUIProvider` (English, LTR without one). */
export function useSavedCardsUI(): UIContextValue {
  return useContext(UIContext);
}

/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | undefined)[]): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

export { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';

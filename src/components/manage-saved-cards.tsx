'use client';
import { forwardRef, useCallback, useId, useMemo, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { useRenameCard } from '../hooks/use-rename-card';
import { useSavedCards } from '../hooks/use-saved-cards';
import { useSetDefaultCard } from '../hooks/use-set-default-card';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { cx, SavedCardsUIProvider, useSavedCardsUI, type SavedCardsUIProviderProps } from './context';
import { DeleteCardDialog } from './delete-card-dialog';
import { ManageCardRow, type ManageRowShared } from './manage-card-row';
import type { SavedCardsProps } from './saved-cards';
import { deleteFailureText, EmptyState, ErrorState, errorText, LiveRegion, LoadingState } from './states';
import { cardName, fillNodes } from './text';
import { AddCard, type AddCardProps } from './add-card';
import { useCardFocus } from './use-card-focus';
import { usePlaceholderCount } from '../hooks/use-placeholder-count';
import { useDeleteFlow } from './use-delete-flow';

/** `<SavedCards>`' own props of the same meaning, documented there once, and the section's attributes. */
export type ManageSavedCardsProps = Omit<HTMLAttributes<HTMLElement>, 'children' | 'dir'> &
  Omit<SavedCardsUIProviderProps, 'children'> &
  Pick<
    SavedCardsProps,
    | 'customerId'
    | 'showDuplicates'
    | 'unstyled'
    | 'theme'
    | 'emptyContent'
    | 'heading'
    | 'headingLevel'
    | 'onDeleted'
    | 'onDeleteError'
    | 'placeholderCount'
  > & {
    /**
     * An "Add a card" action that opens your panel (the provider's hosted card form) under the list. Once your
     * form saved the card, `step.refreshAndChoose(token)` refetches the list and moves focus to the new card;
     * `step.close()` closes the panel.
     */
    addCard?: AddCardProps['addCard'];
  };

/**
 * The account page's saved cards: no choosing, but per card "Make default", "Rename" (an inline field) and
 * Delete (after confirming), each only when the backend's `capabilities` say it can. The default card is
 * badged and first; an expired card offers Delete first. Changes show at once and are undone, with a
 * message at the card, if the backend fails them. Needs a `<SavedCardsProvider>` above it.
 *
 * @example
 * <SavedCardsProvider client={client}>
 *   <ManageSavedCards customerId={userId} heading="Payment methods" />
 * </SavedCardsProvider>
 */
export const ManageSavedCards = forwardRef<HTMLElement, ManageSavedCardsProps>(function ManageSavedCards(
  { messages, classNames, ...props },
  ref,
) {
  return (
    <SavedCardsUIProvider messages={messages} classNames={classNames}>
      {/* A new view per shopper: nothing of the last one's dialog, failures or announcements carries over. */}
      <ManageView key={props.customerId ?? ''} ref={ref} {...props} />
    </SavedCardsUIProvider>
  );
});

type ViewProps = Omit<ManageSavedCardsProps, 'messages' | 'classNames'>;

/** What failed last for a card, shown at it until its next action. */
type Failure = { action: 'setDefault' | 'rename' | 'delete'; card: SavedCard; error: SavedCardsError };

/** What the live region says; `count` makes the same words twice a change a screen reader hears. */
type Announcement =
  | { kind: 'default' | 'deleted' | 'added'; card: SavedCard; count: number }
  | { kind: 'renamed'; card: SavedCard; nickname: string; count: number };

const ManageView = forwardRef<HTMLElement, ViewProps>(function ManageView(
  {
    customerId,
    showDuplicates = false,
    unstyled = false,
    theme,
    emptyContent,
    heading,
    headingLevel = 2,
    onDeleted,
    onDeleteError,
    placeholderCount,
    addCard,
    className,
    ...props
  },
  ref,
) {
  const { messages: m, dir, classNames: c } = useSavedCardsUI();
  const headingId = useId();
  const dedupe = !showDuplicates;
  // Cards being deleted stay listed (shown as deleting behind the dialog) until the backend confirmed it.
  const query = useSavedCards({ customerId, dedupe, includePendingDeletes: true });
  const { capabilities, deletingTokens, changingTokens } = query;
  const loaded = query.data;
  // The default first, then the list's own order (the backend's, or a change in flight moved it).
  const cards = useMemo(
    () => loaded && [...loaded.filter((card) => card.isPreferred), ...loaded.filter((card) => !card.isPreferred)],
    [loaded],
  );
  const skeletonRows = usePlaceholderCount(customerId, cards?.length, placeholderCount);

  // A Map: a token may be "constructor" or "__proto__".
  const [failures, setFailures] = useState<ReadonlyMap<string, Failure>>(() => new Map());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  // The cards as last rendered, for the hooks' callbacks (which run after the render they were made in).
  const shown = useRef<readonly SavedCard[]>([]);
  useBrowserLayoutEffect(() => {
    shown.current = cards ?? [];
  });

  const fail = useCallback((failure: Failure) => {
    setFailures((current) => new Map(current).set(failure.card.token, failure));
  }, []);
  const clearFailure = useCallback((token: string) => {
    setFailures((current) => {
      if (!current.has(token)) return current;
      const rest = new Map(current);
      rest.delete(token);
      return rest;
    });
  }, []);
  const announce = useCallback(
    (
      next:
        | { kind: 'default' | 'deleted' | 'added'; card: SavedCard }
        | { kind: 'renamed'; card: SavedCard; nickname: string },
    ) => {
      setAnnouncement((last) => ({ ...next, count: (last?.count ?? 0) + 1 }));
    },
    [],
  );
  const byToken = (token: string) => shown.current.find((card) => card.token === token);

  const { mutate: setDefault } = useSetDefaultCard({
    customerId,
    onSuccess: ({ token }) => {
      const card = byToken(token);
      if (card) announce({ kind: 'default', card });
    },
    onError: (error, token) => {
      const card = byToken(token);
      if (card) fail({ action: 'setDefault', card, error });
    },
  });
  const { mutate: rename } = useRenameCard({
    customerId,
    onSuccess: ({ token, nickname }) => {
      const card = byToken(token);
      if (card) announce({ kind: 'renamed', card, nickname });
    },
    onError: (error, { token }) => {
      const card = byToken(token);
      if (card) fail({ action: 'rename', card, error });
    },
  });
  // As in <SavedCards>: on success the card leaves and focus moves to its neighbour; on failure the card stays
  // with a message at it and focus returns to its Delete.
  const { dialog, ask, close, confirm } = useDeleteFlow({
    customerId,
    onDeleted: (card) => {
      focus.movePast(card.token);
      announce({ kind: 'deleted', card });
      onDeleted?.(card);
    },
    onDeleteError: (error, card) => {
      focus.returnTo(card.token, 'delete');
      setAnnouncement(null);
      fail({ action: 'delete', card, error });
      onDeleteError?.(error, card);
    },
  });
  // A narrow container shows the menu's button in place of the inline actions: the first of them shown.
  const focus = useCardFocus(
    cards,
    dialog.status !== 'closed',
    '[data-sc-part="actions"] button, [data-sc-part="menu-button"]',
  );
  // The rows by token, for the card the shopper just added (a Map: a token may be "constructor").
  const rowElements = useRef(new Map<string, HTMLElement>());
  const registerFocus = focus.register;
  const register = useCallback(
    (token: string, element: HTMLElement | null) => {
      registerFocus(token, element);
      if (element) rowElements.current.set(token, element);
      else rowElements.current.delete(token);
    },
    [registerFocus],
  );
  const [added, setAdded] = useState<SavedCard | null>(null);
  // Once the added card is on screen: focus on it, and say so.
  useBrowserLayoutEffect(() => {
    if (!added) return;
    const row = rowElements.current.get(added.token);
    if (!row) return;
    setAdded(null);
    row.focus();
    announce({ kind: 'added', card: added });
  });
  const refetch = query.refetch;
  /** Refetch; once the new card is listed, focus it and close the panel. */
  const refreshAndFocus = useCallback(
    async (token: string) => {
      const { data } = await refetch();
      const card = data?.cards.find((listed) => listed.tokens.includes(token));
      if (card) setAdded(card);
      return Boolean(card);
    },
    [refetch],
  );

  const shared = useMemo<ManageRowShared>(
    () => ({
      capabilities,
      onMakeDefault: (card) => {
        clearFailure(card.token);
        setDefault(card.token);
      },
      onRename: (card, nickname) => {
        clearFailure(card.token);
        rename({ token: card.token, nickname });
      },
      onAskDelete: ask,
      register,
    }),
    [capabilities, clearFailure, setDefault, rename, ask, register],
  );

  const pendingTokens = useMemo(() => new Set(deletingTokens), [deletingTokens]);
  const savingTokens = useMemo(() => new Set(changingTokens), [changingTokens]);
  const rows = useMemo(
    () =>
      cards?.map((card) => {
        const failure = failures.get(card.token);
        return (
          <ManageCardRow
            key={card.token}
            card={card}
            saving={savingTokens.has(card.token)}
            deleting={card.tokens.some((token) => pendingTokens.has(token))}
            failure={failure && failureText(failure, m)}
            shared={shared}
          />
        );
      }),
    [cards, failures, savingTokens, pendingTokens, shared, m],
  );

  let body: ReactNode;
  if (rows?.length) {
    body = (
      // role="list": a list without bullets keeps its role in Safari too.
      // eslint-disable-next-line jsx-a11y/no-redundant-roles
      <ul
        role="list"
        aria-labelledby={headingId}
        aria-busy={query.isFetching || undefined}
        data-sc-part="list"
        className={c.list}
        {...focus.listProps}
      >
        {rows}
      </ul>
    );
  } else if (cards) {
    body = <EmptyState>{emptyContent}</EmptyState>;
  } else if (query.isError && !query.isFetching) {
    body = null;
  } else {
    body = <LoadingState rows={skeletonRows} />;
  }
  const Heading = `h${headingLevel}` as 'h2';

  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      lang={m.lang}
      dir={dir}
      data-sc-root={unstyled ? undefined : ''}
      data-sc-part="root"
      data-sc-mode="manage"
      data-sc-theme={theme}
      className={cx(c.root, className)}
      {...props}
    >
      <Heading ref={focus.heading} id={headingId} tabIndex={-1} data-sc-part="heading" className={c.heading}>
        {heading ?? m.heading}
      </Heading>
      {query.isError && !query.isFetching && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {body}
      {addCard && <AddCard addCard={addCard} onAdded={refreshAndFocus} />}
      {dialog.status !== 'closed' && (
        <DeleteCardDialog
          card={dialog.card}
          pending={dialog.status === 'deleting'}
          onConfirm={(card) => {
            // A new delete hides the card's last failure.
            clearFailure(card.token);
            confirm(card);
          }}
          onCancel={close}
        />
      )}
      <LiveRegion
        {...(dialog.status === 'deleting'
          ? { message: m.dialogPending }
          : { message: announcementText(announcement, m), count: announcement?.count })}
      />
    </section>
  );
});

function failureText({ action, card, error }: Failure, m: SavedCardsMessages): ReactNode {
  if (action === 'delete') return deleteFailureText(card, error, m);
  const template = action === 'setDefault' ? m.setDefaultFailed : m.renameFailed;
  return fillNodes(template, { card: cardName(card, m), reason: <bdi>{errorText(error, m)}</bdi> });
}

function announcementText(announcement: Announcement | null, m: SavedCardsMessages): string {
  if (!announcement) return '';
  const card = cardName(announcement.card, m);
  if (announcement.kind === 'default') return formatMessage(m.defaultChanged, { card });
  if (announcement.kind === 'renamed') return formatMessage(m.renamed, { card, nickname: announcement.nickname });
  if (announcement.kind === 'added') return formatMessage(m.cardAdded, { card });
  return formatMessage(m.deleted, { card });
}

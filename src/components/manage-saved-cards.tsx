'use client';
import { forwardRef, useCallback, useId, useMemo, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { successor } from '../core/selection';
import { useDeleteCard } from '../hooks/use-delete-card';
import { useRenameCard } from '../hooks/use-rename-card';
import { useSavedCards } from '../hooks/use-saved-cards';
import { useSetDefaultCard } from '../hooks/use-set-default-card';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';
import {
  cx,
  SavedCardsUIProvider,
  useBrowserLayoutEffect,
  useSavedCardsUI,
  type SavedCardsUIProviderProps,
} from './context';
import { DeleteCardDialog } from './delete-card-dialog';
import { ManageCardRow, type ManageRowShared } from './manage-card-row';
import type { SavedCardsProps } from './saved-cards';
import { deleteFailureText, EmptyState, ErrorState, errorText, LiveRegion, LoadingState } from './states';
import { cardName, fillNodes } from './text';

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
  >;

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
  { locale, messages, dir, classNames, ...props },
  ref,
) {
  return (
    <SavedCardsUIProvider locale={locale} messages={messages} dir={dir} classNames={classNames}>
      {/* A new view per shopper: nothing of the last one's dialog, failures or announcements carries over. */}
      <ManageView key={props.customerId ?? ''} ref={ref} lang={locale ?? 'en'} {...props} />
    </SavedCardsUIProvider>
  );
});

type ViewProps = Omit<ManageSavedCardsProps, 'locale' | 'messages' | 'dir' | 'classNames'>;

/** What failed last for a card, shown at it until its next action. */
type Failure = { action: 'setDefault' | 'rename' | 'delete'; card: SavedCard; error: SavedCardsError };

/** What the live region says; `count` makes the same words twice a change a screen reader hears. */
type Announcement =
  | { kind: 'pending' }
  | { kind: 'default' | 'deleted'; card: SavedCard; count: number }
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

  const [failures, setFailures] = useState<Readonly<Record<string, Failure>>>({});
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [confirming, setConfirming] = useState<SavedCard | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const confirmed = useRef<string | null>(null);
  const announcements = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rowElements = useRef(new Map<string, HTMLElement>());
  // The cards as last rendered, for the hooks' callbacks (which run after the render they were made in).
  const shown = useRef<readonly SavedCard[]>([]);

  const fail = useCallback((failure: Failure) => {
    setFailures((current) => ({ ...current, [failure.card.token]: failure }));
  }, []);
  const clearFailure = useCallback((token: string) => {
    setFailures((current) => {
      if (!(token in current)) return current;
      const { [token]: _cleared, ...rest } = current;
      return rest;
    });
  }, []);
  const announce = useCallback(
    (
      next: { kind: 'default' | 'deleted'; card: SavedCard } | { kind: 'renamed'; card: SavedCard; nickname: string },
    ) => {
      announcements.current += 1;
      setAnnouncement({ ...next, count: announcements.current });
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
  const { mutateAsync: deleteCard } = useDeleteCard({ customerId, dedupe });

  function closeDialog() {
    confirmed.current = null;
    setConfirming(null);
    setDeleting(null);
  }

  // As in <SavedCards>: the dialog waits for the backend; on success the card leaves and focus moves on
  // (see the layout effect below), on failure the card stays with a message and focus returns to its Delete.
  function confirmDelete(card: SavedCard) {
    if (confirmed.current === card.token) return;
    confirmed.current = card.token;
    clearFailure(card.token);
    setDeleting(card.token);
    setAnnouncement({ kind: 'pending' });
    const before = shown.current;
    // Focus left the list for the dialog; when it closes, it comes back to this card's Delete, or its neighbour.
    const returnFocus = () => {
      lastFocus.current = { token: card.token, part: 'delete' };
      seenIn.current = before;
    };
    deleteCard(card.token).then(
      () => {
        returnFocus();
        closeDialog();
        announce({ kind: 'deleted', card });
        onDeleted?.(card);
      },
      (error: SavedCardsError) => {
        returnFocus();
        closeDialog();
        setAnnouncement(null);
        fail({ action: 'delete', card, error });
        onDeleteError?.(error, card);
      },
    );
  }

  const register = useCallback((token: string, element: HTMLElement | null) => {
    if (element) rowElements.current.set(token, element);
    else rowElements.current.delete(token);
  }, []);

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
      onAskDelete: setConfirming,
      register,
    }),
    [capabilities, clearFailure, setDefault, rename, register],
  );

  // Focus is never lost: the control that had it may leave (Make default on the new default, a row moved or
  // deleted, the dialog closed). Then it goes to the same control in the same card, else that card's first
  // action, else the card itself; for a card that left, to its neighbour's, else the heading.
  const lastFocus = useRef<{ token: string; part: string | null } | null>(null);
  const seenIn = useRef<readonly SavedCard[]>([]);
  function trackFocus(target: EventTarget) {
    for (const [token, row] of rowElements.current) {
      if (!row.contains(target as Node)) continue;
      lastFocus.current = { token, part: (target as Element).getAttribute('data-sc-part') };
      return;
    }
  }
  // The shopper moved focus away themselves (Tab out, a click elsewhere): nothing to restore then. A control that
  // left the page is disconnected by now, and one React moved was refocused by the layout effect before this runs.
  function trackBlur(target: EventTarget) {
    queueMicrotask(() => {
      const active = document.activeElement;
      if ((target as Node).isConnected && active !== target && !rowsContain(active)) lastFocus.current = null;
    });
  }
  const rowsContain = (node: Node | null) => [...rowElements.current.values()].some((row) => row.contains(node));
  useBrowserLayoutEffect(() => {
    shown.current = cards ?? [];
    if (!cards) return;
    const last = lastFocus.current;
    const listed = last !== null && cards.some((card) => card.token === last.token);
    const active = document.activeElement;
    if (last && !confirming && (!active || active === document.body)) {
      const token = listed ? last.token : successor(last.token, seenIn.current, cards)?.token;
      const row = token === undefined ? undefined : rowElements.current.get(token);
      const target =
        (listed && row?.querySelector<HTMLElement>(`[data-sc-part="${last.part}"]`)) ||
        row?.querySelector<HTMLElement>('[data-sc-part="actions"] button') ||
        row ||
        headingRef.current;
      target?.focus();
    }
    // The list the focused card was last seen in, so a card that left is followed by its own neighbour.
    if (listed || !last) seenIn.current = cards;
  });

  const pendingTokens = useMemo(() => new Set(deletingTokens), [deletingTokens]);
  const savingTokens = useMemo(() => new Set(changingTokens), [changingTokens]);
  const rows = useMemo(
    () =>
      cards?.map((card) => {
        const failure = failures[card.token];
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
        onFocus={(event) => trackFocus(event.target)}
        onBlur={(event) => trackBlur(event.target)}
      >
        {rows}
      </ul>
    );
  } else if (cards) {
    body = <EmptyState>{emptyContent}</EmptyState>;
  } else if (query.isError && !query.isFetching) {
    body = null;
  } else {
    body = <LoadingState />;
  }
  const Heading = `h${headingLevel}` as 'h2';

  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      dir={dir}
      data-sc-root={unstyled ? undefined : ''}
      data-sc-part="root"
      data-sc-mode="manage"
      data-sc-theme={theme}
      className={cx(c.root, className)}
      {...props}
    >
      <Heading ref={headingRef} id={headingId} tabIndex={-1} data-sc-part="heading" className={c.heading}>
        {heading ?? m.heading}
      </Heading>
      {query.isError && !query.isFetching && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {body}
      {confirming && (
        <DeleteCardDialog
          card={confirming}
          pending={deleting === confirming.token}
          onConfirm={confirmDelete}
          onCancel={closeDialog}
        />
      )}
      <LiveRegion message={announcementText(announcement, m)} />
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
  if (announcement.kind === 'pending') return m.dialogPending;
  const card = cardName(announcement.card, m);
  const text =
    announcement.kind === 'default'
      ? formatMessage(m.defaultChanged, { card })
      : announcement.kind === 'renamed'
        ? formatMessage(m.renamed, { card, nickname: announcement.nickname })
        : formatMessage(m.deleted, { card });
  return text + (announcement.count % 2 ? '' : '\u00a0');
}

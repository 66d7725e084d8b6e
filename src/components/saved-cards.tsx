'use client';
import { useQuery } from '@tanstack/react-query';
import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import type { SavedCard } from '../core/card';
import type { SavedCardsError } from '../core/errors';
import { successor } from '../core/selection';
import { useCardSelection } from '../hooks/use-card-selection';
import { useDeleteCard } from '../hooks/use-delete-card';
import { usePendingDeletes } from '../hooks/use-pending-deletes';
import { useSavedCardsClient } from '../hooks/provider';
import { savedCardsQueryOptions } from '../hooks/query-keys';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';
import { CardList } from './card-list';
import { CardOption, cardState, type CardOptionState } from './card-option';
import { cx, SavedCardsUIProvider, useSavedCardsUI, type SavedCardsUIProviderProps } from './context';
import { DeleteCardButton } from './delete-card-button';
import { DeleteCardDialog } from './delete-card-dialog';
import { deleteFailureText, EmptyState, ErrorState, LiveRegion, LoadingState } from './states';
import { cardAccessibleName, cardName } from './text';

/** What `renderCard` gets besides the card. */
export interface CardRenderState {
  checked: boolean;
  /** Expired cards cannot be chosen. */
  disabled: boolean;
  state: CardOptionState;
  /** The option's accessible name, e.g. "Visa ending in 1258, expires 05/37". */
  name: string;
  messages: SavedCardsMessages;
}

export interface SavedCardsProps
  extends
    Omit<HTMLAttributes<HTMLElement>, 'onSelect' | 'defaultValue' | 'children' | 'dir'>,
    Omit<SavedCardsUIProviderProps, 'children'> {
  /** Whose cards; part of the cache key. */
  customerId?: string | null;
  /** Show a delete button per card. Default false. */
  allowDelete?: boolean;
  /** The chosen card, or null when none is (e.g. the last card was deleted). Also called for the automatic first choice. */
  onSelect?: (card: SavedCard | null) => void;
  /** Controlled selection: the chosen card's token, or null. */
  value?: string | null;
  /** Uncontrolled first selection. Default: the preferred usable card, else the first usable one. */
  defaultValue?: string | null;
  /** Leave expired cards out instead of showing them disabled. */
  hideExpired?: boolean;
  /** List every saved token separately instead of one entry per physical card. */
  showDuplicates?: boolean;
  /** Leave out the kit's styling hook (`data-sc-root`); `data-sc-part`/`data-state` stay for your own CSS. */
  unstyled?: boolean;
  /** Default: the page's `color-scheme`. `light`/`dark` force one; `system` follows the OS (`prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'system';
  /** Your own brand mark per card, in place of the kit's SVG (decorative: the name says the brand). */
  renderBrandMark?: (card: SavedCard) => ReactNode;
  /** Replaces a card's inner content; the kit keeps the radio role, name, state and keyboard. */
  renderCard?: (card: SavedCard, state: CardRenderState) => ReactNode;
  /** Your content in the empty state, e.g. an "Add a card" link. */
  emptyContent?: ReactNode;
  /** Replaces the heading text. */
  heading?: ReactNode;
  /** Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** After the backend confirmed a delete. */
  onDeleted?: (card: SavedCard) => void;
  /** After a delete failed; the card is back in the list and the error is shown. */
  onDeleteError?: (error: SavedCardsError, card: SavedCard) => void;
}

/**
 * The drop-in saved-cards picker: loads the shopper's cards, lets them choose
 * one (a radio group) and, with `allowDelete`, delete one after confirming.
 * Needs a `<SavedCardsProvider>` above it. Add `react-saved-cards/styles.css` for the default look.
 *
 * @example
 * <SavedCardsProvider client={client}>
 *   <SavedCards customerId={userId} allowDelete onSelect={(card) => setToken(card?.token ?? null)} />
 * </SavedCardsProvider>
 */
export const SavedCards = forwardRef<HTMLElement, SavedCardsProps>(function SavedCards(
  { locale, messages, dir, classNames, ...props },
  ref,
) {
  return (
    <SavedCardsUIProvider locale={locale} messages={messages} dir={dir} classNames={classNames}>
      {/* A new view per shopper: nothing of the last one's dialog, delete outcome, alert or selection carries over. */}
      {/* lang: the texts' language, English by default, so an Arabic page does not read them with an Arabic voice. */}
      <SavedCardsView key={props.customerId ?? ''} ref={ref} lang={locale ?? 'en'} {...props} />
    </SavedCardsUIProvider>
  );
});

type ViewProps = Omit<SavedCardsProps, 'locale' | 'messages' | 'dir' | 'classNames'>;

const SavedCardsView = forwardRef<HTMLElement, ViewProps>(function SavedCardsView(
  {
    customerId,
    allowDelete = false,
    onSelect,
    value,
    defaultValue,
    hideExpired = false,
    showDuplicates = false,
    unstyled = false,
    theme,
    renderCard,
    renderBrandMark,
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
  // Cards stay listed while their delete is in flight (shown as deleting behind the dialog):
  // a card leaves the screen only once the backend confirmed the delete. So the view reads the
  // query itself (useSavedCards would hide them) and subscribes to pending deletes once.
  const client = useSavedCardsClient();
  const query = useQuery(savedCardsQueryOptions(client, { customerId, dedupe }));
  const pendingTokens = usePendingDeletes({ customerId });
  const loaded = query.data?.cards;
  const cards = useMemo(
    () => (hideExpired ? loaded?.filter((card) => !card.isExpired) : loaded),
    [loaded, hideExpired],
  );
  const { selectedToken, select } = useCardSelection({ cards, value, defaultValue, onChange: onSelect });

  const [confirming, setConfirming] = useState<SavedCard | null>(null);
  // The card whose delete the dialog is waiting for (state to render it, a ref to refuse a second confirm at once).
  const [deleting, setDeleting] = useState<string | null>(null);
  const confirmed = useRef<string | null>(null);
  // What happened, worded at render time: a language switched while a delete waits words its outcome anew.
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [failure, setFailure] = useState<{ card: SavedCard; error: SavedCardsError } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const options = useRef(new Map<string, HTMLElement>());
  // Where focus goes once the dialog has closed. After a delete, once the card has left the list: its
  // successor in the list it was deleted from, among the cards still listed then (others may have gone
  // meanwhile), else the heading. After a failure: the card itself.
  const focusAfter = useRef<{ gone: string; seenIn: readonly SavedCard[] } | { back: string } | null>(null);
  // Each removal's announcement gets its own number, so the same words twice are still a change a screen reader hears.
  const removals = useRef(0);

  const { mutateAsync: deleteCard } = useDeleteCard({ customerId, dedupe });

  function closeDialog() {
    confirmed.current = null;
    setConfirming(null);
    setDeleting(null);
  }

  // On confirm the dialog stays open, its buttons ignoring presses, "Deleting…" is announced, and
  // the card shows as `data-state="deleting"` behind it until the backend answers. On success the dialog closes,
  // the card leaves the list at once, the removal is announced and focus moves to the next
  // usable card (else the previous one, else the heading). On failure the dialog closes, the
  // card is back to its usual state in its place, an alert names it, and focus returns to it.
  function confirmDelete(card: SavedCard) {
    // Two clicks before React re-renders the disabled button: one delete, one outcome.
    if (confirmed.current === card.token) return;
    confirmed.current = card.token;
    focusAfter.current = { gone: card.token, seenIn: cards ?? [] };
    setFailure(null);
    setDeleting(card.token);
    // Focus stays on the pressed confirm button, so the pending state is said here.
    setAnnouncement({ pending: true });
    // Follows the request's own promise, so a delete of this card already started elsewhere
    // (the merchant's own useDeleteCard) settles the dialog too.
    deleteCard(card.token).then(
      () => {
        closeDialog();
        removals.current += 1;
        setAnnouncement({ removed: card, count: removals.current });
        onDeleted?.(card);
      },
      (error: SavedCardsError) => {
        closeDialog();
        focusAfter.current = { back: card.token };
        setAnnouncement(null);
        setFailure({ card, error });
        onDeleteError?.(error, card);
      },
    );
  }

  // A card that had focus when it left the list other than through this view's dialog (deleted by the
  // merchant's own code or in another tab, then refetched): focus moves on from it rather than falling
  // back to the page. `shownBefore` is the list it was last seen in.
  const focusLost = useRef<string | null>(null);
  const shownBefore = useRef(cards);
  useEffect(() => {
    const lost = focusLost.current;
    const before = shownBefore.current;
    focusLost.current = null;
    shownBefore.current = cards;
    if (!lost || !before || !cards || document.activeElement !== document.body) return;
    focusCardOrHeading(successor(lost, before, cards)?.token);
  }, [cards]);

  useEffect(() => {
    const pending = focusAfter.current;
    if (!pending || confirming || !cards) return;
    if ('gone' in pending && cards.some((card) => card.token === pending.gone)) return;
    focusAfter.current = null;
    focusCardOrHeading('gone' in pending ? successor(pending.gone, pending.seenIn, cards)?.token : pending.back);
  }, [cards, confirming]);

  function focusCardOrHeading(token: string | undefined) {
    ((token && options.current.get(token)) || headingRef.current)?.focus();
  }

  // Stable callbacks (select is stable too), so a change to one card re-renders that card's row only.
  const register = useCallback((token: string, element: HTMLElement | null) => {
    if (element) return void options.current.set(token, element);
    // React detaches a ref before its element leaves the page, so focus is still in its row here
    // (on the card, its Delete button or your renderCard content).
    if (options.current.get(token)?.parentElement?.contains(document.activeElement)) focusLost.current = token;
    options.current.delete(token);
  }, []);

  const pending = useMemo(() => new Set(pendingTokens), [pendingTokens]);
  const isDeleting = useCallback((card: SavedCard) => card.tokens.some((token) => pending.has(token)), [pending]);
  // Roving tab stop: the selected card, else the first usable one (not expired, not being deleted).
  // When no card can be chosen, the first one still takes Tab, so the list is reachable.
  const tabStop = selectedToken ?? (cards?.find((card) => !card.isExpired && !isDeleting(card)) ?? cards?.[0])?.token;
  const Heading = `h${headingLevel}` as 'h2';

  // What every row shares, in one stable object: a row's props are its card and its own state only.
  const rowShared = useMemo<RowShared>(
    () => ({
      allowDelete,
      className: c.row,
      renderCard,
      renderBrandMark,
      onChoose: select,
      onAskDelete: setConfirming,
      register,
    }),
    [allowDelete, c.row, renderCard, renderBrandMark, select, register],
  );
  // The rows, made again only when a card, the selection or a pending delete changed, and the list
  // around them: opening or closing the dialog, an announcement or an alert leave its 1,000 rows alone.
  const rows = useMemo(
    () =>
      cards?.map((card) => (
        <CardRow
          key={card.token}
          card={card}
          checked={card.token === selectedToken}
          deleting={isDeleting(card)}
          failure={failure && card.tokens.includes(failure.card.token) ? failure.error : undefined}
          tabbable={card.token === tabStop}
          shared={rowShared}
        />
      )),
    [cards, selectedToken, isDeleting, failure, tabStop, rowShared],
  );
  const isFetching = query.isFetching;
  const list = useMemo(
    () =>
      rows?.length ? (
        <CardList aria-labelledby={headingId} aria-busy={isFetching || undefined}>
          {rows}
        </CardList>
      ) : null,
    [rows, headingId, isFetching],
  );

  let body: ReactNode;
  if (list) {
    body = list;
  } else if (cards) {
    body = <EmptyState>{emptyContent}</EmptyState>;
  } else if (query.isError && !query.isFetching) {
    body = null;
  } else {
    body = <LoadingState />;
  }

  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      dir={dir}
      data-sc-root={unstyled ? undefined : ''}
      data-sc-part="root"
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

/** What the live region says: the delete is waiting, or a card was removed (the `count`-th removal). */
type Announcement = { pending: true } | { removed: SavedCard; count: number };

function announcementText(announcement: Announcement | null, m: SavedCardsMessages): string {
  if (!announcement) return '';
  if ('pending' in announcement) return m.dialogPending;
  return (
    formatMessage(m.deleted, { card: cardName(announcement.removed, m) }) + (announcement.count % 2 ? '' : '\u00a0')
  );
}

interface RowShared {
  allowDelete: boolean;
  className: string | undefined;
  renderCard: SavedCardsProps['renderCard'];
  renderBrandMark: SavedCardsProps['renderBrandMark'];
  onChoose: (token: string) => void;
  onAskDelete: (card: SavedCard) => void;
  register: (token: string, element: HTMLElement | null) => void;
}

interface CardRowProps {
  card: SavedCard;
  checked: boolean;
  deleting: boolean;
  /** Its last delete failed: said in the row itself, next to the card it is about. */
  failure: SavedCardsError | undefined;
  tabbable: boolean;
  shared: RowShared;
}

/**
 * One row: the radio option and, beside it, its delete button. Memoized, so a
 * delete, a selection change or a refetch re-renders only the rows that changed
 * (pass a stable `renderCard`, e.g. from useCallback, to keep that true).
 */
const CardRow = memo(function CardRow({ card, checked, deleting, failure, tabbable, shared }: CardRowProps) {
  const { allowDelete, className, renderCard, renderBrandMark, onChoose, onAskDelete, register } = shared;
  const { messages: m } = useSavedCardsUI();
  const token = card.token;
  const ref = useCallback((element: HTMLDivElement | null) => register(token, element), [register, token]);
  const state = cardState(card, deleting);
  return (
    <div data-sc-part="row" data-state={state} className={className}>
      <CardOption
        ref={ref}
        card={card}
        checked={checked}
        deleting={deleting}
        mark={renderBrandMark?.(card)}
        tabIndex={tabbable ? 0 : -1}
        onSelect={() => onChoose(token)}
      >
        {renderCard?.(card, {
          checked,
          disabled: card.isExpired || deleting,
          state,
          name: cardAccessibleName(card, m),
          messages: m,
        })}
      </CardOption>
      {allowDelete && <DeleteCardButton card={card} disabled={deleting} onClick={() => onAskDelete(card)} />}
      {failure && (
        <p role="alert" data-sc-part="alert">
          {deleteFailureText(card, failure, m)}
        </p>
      )}
    </div>
  );
});

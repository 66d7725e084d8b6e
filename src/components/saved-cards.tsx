'use client';
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
import { cardNeedsCvc, type PaymentChoice, type PaymentChoiceKey, type RequireCvc } from '../core/choice';
import type { SavedCardsError } from '../core/errors';
import { successor } from '../core/selection';
import { useCardSelection } from '../hooks/use-card-selection';
import { useSavedCards } from '../hooks/use-saved-cards';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';
import { CardList } from './card-list';
import { CardOption, cardState, type CardOptionState } from './card-option';
import { cx, SavedCardsUIProvider, useSavedCardsUI, type SavedCardsUIProviderProps } from './context';
import { CvcPlace, type CvcField } from './cvc-place';
import { Contained, PaymentOptionRadio, type PaymentOption, type PaymentStepActions } from './payment-option';
import { DeleteCardButton } from './delete-card-button';
import { DeleteCardDialog } from './delete-card-dialog';
import { EditToggle, useEditMode } from './edit-toggle';
import { deleteFailureText, EmptyState, ErrorState, LiveRegion, LoadingState } from './states';
import { cardAccessibleName, cardName } from './text';
import { useCardFocus } from './use-card-focus';
import { useDeleteFlow } from './use-delete-flow';
import { usePlaceholderCount } from '../hooks/use-placeholder-count';

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
    Omit<HTMLAttributes<HTMLElement>, 'onSelect' | 'onError' | 'defaultValue' | 'children' | 'dir'>,
    Omit<SavedCardsUIProviderProps, 'children'> {
  /** Whose cards; part of the cache key. */
  customerId?: string | null;
  /** Let the shopper delete cards: an "Edit" toggle beside the heading shows each card's Delete. Default false. */
  allowDelete?: boolean;
  /** With `allowDelete`: every card's Delete always shown, no "Edit" toggle (the look before edit mode). */
  alwaysShowDelete?: boolean;
  /** Skeleton rows while the first list loads, when this tab has not seen this shopper's list yet. Default 3. */
  placeholderCount?: number;
  /**
   * Removed: use `onValueChange`, which hears options too. `onSelect={(card) => …}` becomes
   * `onValueChange={(choice) => … (choice?.kind === 'card' ? choice.card : null)}`.
   * @deprecated Typed `never` so old code fails to compile instead of binding the DOM `select` event.
   */
  onSelect?: never;
  /** What is chosen: a card or an option; null when nothing is. Also called for the automatic first choice. */
  onValueChange?: (choice: PaymentChoice | null) => void;
  /** Controlled choice: `{ kind: 'card', token }`, `{ kind: 'option', value }`, or null. */
  value?: PaymentChoiceKey | null;
  /** Uncontrolled first choice. Default: the preferred usable card, else the first usable one, else the first option. */
  defaultValue?: PaymentChoiceKey | null;
  /** The merchant's other ways to pay ("New card", a wallet), after the cards in the same radio group. */
  options?: readonly PaymentOption[];
  /** Ask for the security code of every card (`true`) or of some, besides the cards whose `cvvRequired` is set. */
  requireCvc?: RequireCvc;
  /**
   * Mounts the provider's hosted CVC field in the labelled place after the chosen card that needs one. Label it with
   * `field.labelId`, describe it with `field.descriptionId`, and report `field.onCompleteChange(complete)`.
   */
  renderCvc?: (card: SavedCard, field: CvcField) => ReactNode;
  /** The Pay button's one truth: something is chosen, and its security code is complete where `renderCvc` asks for one. */
  onReadyChange?: (ready: boolean) => void;
  /** A panel or CVC field that threw: it is contained (the rest of the choice works) and its error comes here. */
  onError?: (error: unknown) => void;
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
 *   <SavedCards
 *     customerId={userId}
 *     options={[{ value: 'new-card', label: 'New card', panel: (step) => <CardForm onSaved={step.refreshAndChoose} /> }]}
 *     onValueChange={setChoice}
 *   />
 * </SavedCardsProvider>
 */
export const SavedCards = forwardRef<HTMLElement, SavedCardsProps>(function SavedCards(
  { messages, classNames, ...props },
  ref,
) {
  return (
    <SavedCardsUIProvider messages={messages} classNames={classNames}>
      {/* A new view per shopper: nothing of the last one's dialog, delete outcome, alert or selection carries over. */}
      <SavedCardsView key={props.customerId ?? ''} ref={ref} {...props} />
    </SavedCardsUIProvider>
  );
});

type ViewProps = Omit<SavedCardsProps, 'messages' | 'classNames'>;

const SavedCardsView = forwardRef<HTMLElement, ViewProps>(function SavedCardsView(
  {
    customerId,
    allowDelete = false,
    alwaysShowDelete = false,
    placeholderCount,
    onValueChange,
    value,
    defaultValue,
    options = NO_OPTIONS,
    requireCvc,
    renderCvc,
    onReadyChange,
    onError,
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
  // A card leaves the screen only once its delete succeeded: until then it is listed, shown as deleting.
  const query = useSavedCards({ customerId, dedupe, includePendingDeletes: true });
  const loaded = query.data;
  const cards = useMemo(
    () => (hideExpired ? loaded?.filter((card) => !card.isExpired) : loaded),
    [loaded, hideExpired],
  );
  const loadFailed = query.isError && !query.isFetching;
  const selection = useCardSelection({
    // A failed load is no card: the first option is chosen and the shopper can still pay (also while Retry runs).
    cards: cards ?? (query.isError ? NO_CARDS : undefined),
    options,
    value,
    defaultValue,
    onValueChange,
    requireCvc,
    refetch: query.refetch,
  });
  const { choice, selectedToken, select, refreshAndChoose } = selection;
  // Without a place for the provider's field, a card's code is asked later (as the hint says): chosen is ready.
  const ready = renderCvc ? selection.ready : choice !== null;
  const toldReady = useRef<boolean>(undefined);
  useEffect(() => {
    if (toldReady.current === ready) return;
    toldReady.current = ready;
    onReadyChange?.(ready);
  });
  const skeletonRows = usePlaceholderCount(customerId, cards?.length, placeholderCount);
  const edit = useEditMode();

  const [outcome, setOutcome] = useState<DeleteOutcome | null>(null);
  const { dialog, ask, close, confirm } = useDeleteFlow({
    customerId,
    // Called with this render's values, the ones the shopper confirmed against (`confirm` keeps them).
    onDeleted: (card) => {
      // A merchant deriving `value` from its own list (which hides deletes in flight) lost it when the delete
      // began; the kit still knows the card was chosen, so it chooses the successor as it takes the card away.
      if (card.token === selectedToken && cards) {
        const next = successor(
          card.token,
          cards,
          cards.filter((listed) => listed !== card),
        );
        const first = options[0];
        select(next ? { kind: 'card', token: next.token } : first ? { kind: 'option', value: first.value } : null);
      }
      focus.movePast(card.token);
      edit.quiet();
      setOutcome((last) => ({ status: 'removed', card, removals: (last?.removals ?? 0) + 1 }));
      onDeleted?.(card);
    },
    onDeleteError: (error, card) => {
      focus.returnTo(card.token);
      setOutcome((last) => ({ status: 'failed', card, error, removals: last?.removals ?? 0 }));
      onDeleteError?.(error, card);
    },
  });
  const focus = useCardFocus(cards, dialog.status !== 'closed', '[role="radio"]');

  const deletingTokens = query.deletingTokens;
  // A new delete hides the last one's alert.
  const failure = dialog.status !== 'deleting' && outcome?.status === 'failed' ? outcome : undefined;
  // Roving tab stop: the choice, else the first usable card; else the first card or option, so the group stays reachable.
  const firstCard = cards?.find((card) => !card.isExpired && !isDeleting(card, deletingTokens)) ?? cards?.[0];
  const chosenCard = choice?.kind === 'card' ? choice.card : undefined;
  const chosenOption = choice?.kind === 'option' ? choice.value : undefined;
  const tabCard = choice ? chosenCard?.token : firstCard?.token;
  const tabOption = choice ? chosenOption : firstCard ? undefined : options[0]?.value;
  const Heading = `h${headingLevel}` as 'h2';

  // Only what the backend says it can do.
  const canDelete = allowDelete && query.capabilities.delete;
  const toggled = canDelete && !alwaysShowDelete && Boolean(cards?.length);
  const rowsDelete = canDelete && (alwaysShowDelete || edit.editing);
  // Memoized apart from the list around them: the dialog, an announcement or an alert leave 1,000 rows alone;
  // each row (memoized) re-renders only for its own card and state.
  const rows = useMemo(
    () =>
      cards?.map((card) => (
        <CardRow
          key={card.token}
          card={card}
          checked={card.token === selectedToken}
          deleting={isDeleting(card, deletingTokens)}
          failure={failure && card.tokens.includes(failure.card.token) ? failure.error : undefined}
          tabbable={card.token === tabCard}
          allowDelete={rowsDelete}
          className={c.row}
          renderCard={renderCard}
          renderBrandMark={renderBrandMark}
          // Where the page hosts the provider's CVC field, each card says whether it needs its code.
          needsCvc={renderCvc && cardNeedsCvc(card, requireCvc)}
          onChoose={select}
          onAskDelete={ask}
          register={focus.register}
        />
      )),
    [
      cards,
      selectedToken,
      deletingTokens,
      failure,
      tabCard,
      rowsDelete,
      c.row,
      renderCard,
      renderBrandMark,
      renderCvc,
      requireCvc,
      select,
      ask,
      focus.register,
    ],
  );
  // The rows are memoized above; the list around them is cheap to build again.
  const step: PaymentStepActions = { refreshAndChoose };
  // The labelled place for the provider's CVC field, right after the chosen card's row when it needs its code.
  const cvcPlace = renderCvc && chosenCard && cardNeedsCvc(chosenCard, requireCvc) && (
    <CvcPlace
      key={`${chosenCard.token} cvc`}
      card={chosenCard}
      renderCvc={renderCvc}
      onCompleteChange={selection.setCvcComplete}
      onError={onError}
    />
  );
  const list = (rows?.length || options[0]) && (
    <CardList aria-labelledby={headingId} aria-busy={query.isFetching || undefined} {...focus.listProps}>
      {/* The CVC place and an option's panel come right after their radio, outside it: siblings in the group. */}
      {rows?.flatMap((row) => [row, row.key === chosenCard?.token && cvcPlace])}
      {options.map((option, index) => {
        const labelId = `${headingId}o${index}`;
        const checked = option.value === chosenOption;
        const { panel } = option;
        return [
          <PaymentOptionRadio
            key={option.value}
            option={option}
            checked={checked}
            labelId={labelId}
            tabIndex={option.value === tabOption ? 0 : -1}
            onSelect={() => select({ kind: 'option', value: option.value })}
          />,
          checked && panel !== undefined && (
            <div key={`${option.value} panel`} role="group" aria-labelledby={labelId} data-sc-part="panel">
              <Contained render={() => (typeof panel === 'function' ? panel(step) : panel)} onError={onError} />
            </div>
          ),
        ];
      })}
    </CardList>
  );

  // Loading, empty and a failed load stay where the cards would be, above the options, which never wait for them.
  let status: ReactNode;
  if (rows?.length) status = null;
  else if (cards) status = <EmptyState>{emptyContent}</EmptyState>;
  else if (!loadFailed) status = <LoadingState rows={skeletonRows} />;

  return (
    // Escape from any control inside (a Delete, the toggle) leaves edit mode: a shortcut delegated to the section.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      ref={ref}
      aria-labelledby={headingId}
      // The texts' language, English by default, so an Arabic page does not read them with an Arabic voice.
      lang={m.lang}
      dir={dir}
      data-sc-root={unstyled ? undefined : ''}
      data-sc-part="root"
      data-sc-theme={theme}
      data-sc-editing={(toggled && edit.editing) || undefined}
      className={cx(c.root, className)}
      onKeyDown={toggled ? edit.onKeyDown : undefined}
      {...props}
    >
      <div data-sc-part="header">
        <Heading ref={focus.heading} id={headingId} tabIndex={-1} data-sc-part="heading" className={c.heading}>
          {heading ?? m.heading}
        </Heading>
        {toggled && <EditToggle editing={edit.editing} onToggle={edit.turn} toggleRef={edit.toggle} />}
      </div>
      {loadFailed && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {status}
      {list}
      {dialog.status !== 'closed' && (
        <DeleteCardDialog
          card={dialog.card}
          pending={dialog.status === 'deleting'}
          onConfirm={confirm}
          onCancel={close}
        />
      )}
      <LiveRegion
        {...(dialog.status === 'deleting'
          ? { message: m.dialogPending }
          : (edit.said ?? { message: removalText(outcome, m), count: outcome?.removals }))}
      />
    </section>
  );
});

/** The last delete's outcome, worded at render time so a language switch words it anew. */
type DeleteOutcome =
  | { status: 'removed'; card: SavedCard; removals: number }
  | { status: 'failed'; card: SavedCard; error: SavedCardsError; removals: number };

function removalText(outcome: DeleteOutcome | null, m: SavedCardsMessages): string {
  if (outcome?.status !== 'removed') return '';
  return formatMessage(m.deleted, { card: cardName(outcome.card, m) });
}

const isDeleting = (card: SavedCard, deletingTokens: readonly string[]) =>
  card.tokens.some((token) => deletingTokens.includes(token));

const NO_OPTIONS: readonly PaymentOption[] = [];
const NO_CARDS: readonly SavedCard[] = [];

interface CardRowProps {
  card: SavedCard;
  checked: boolean;
  deleting: boolean;
  /** Its last delete failed: said in the row itself, next to the card it is about. */
  failure: SavedCardsError | undefined;
  tabbable: boolean;
  allowDelete: boolean;
  className: string | undefined;
  renderCard: SavedCardsProps['renderCard'];
  renderBrandMark: SavedCardsProps['renderBrandMark'];
  /** Unset where the page hosts no CVC field. */
  needsCvc: boolean | undefined;
  onChoose: (key: PaymentChoiceKey) => void;
  onAskDelete: (card: SavedCard) => void;
  register: (token: string, element: HTMLElement | null) => void;
}

/** One row: the radio and, beside it, its delete button; memoized (a stable `renderCard` keeps it so). */
const CardRow = memo(function CardRow({
  card,
  checked,
  deleting,
  failure,
  tabbable,
  allowDelete,
  className,
  renderCard,
  renderBrandMark,
  needsCvc,
  onChoose,
  onAskDelete,
  register,
}: CardRowProps) {
  const { messages: m } = useSavedCardsUI();
  const token = card.token;
  const ref = useCallback((element: HTMLDivElement | null) => register(token, element), [register, token]);
  const state = cardState(card, deleting);
  return (
    <div ref={ref} data-sc-part="row" data-state={state} className={className}>
      <CardOption
        card={card}
        checked={checked}
        deleting={deleting}
        mark={renderBrandMark?.(card)}
        needsCvc={needsCvc}
        tabIndex={tabbable ? 0 : -1}
        onSelect={() => onChoose({ kind: 'card', token })}
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

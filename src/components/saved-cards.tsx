'use client';
import { forwardRef, useEffect, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import type { PaymentChoice, PaymentChoiceKey, RequireCvc } from '../core/choice';
import type { SavedCardsError } from '../core/errors';
import { successor } from '../core/selection';
import { useCardSelection } from '../hooks/use-card-selection';
import { formatMessage } from '../i18n/messages';
import type { CommonMessages } from '../i18n/types';
import type { CardOptionState } from './card-option';
import { CardsSection, withUI } from './cards-section';
import { useSavedCardsUI, type SavedCardsUIProviderProps } from './context';
import type { CvcField } from './cvc-place';
import { EditToggle, useEditMode } from './edit-toggle';
import { PaymentList } from './payment-list';
import type { PaymentOption } from './payment-option';
import { cardName } from './text';
import { useCardsView } from './use-cards-view';

/** What `renderCard` gets besides the card. */
export interface CardRenderState {
  checked: boolean;
  /** Expired cards cannot be chosen. */
  disabled: boolean;
  state: CardOptionState;
  /** The option's accessible name, e.g. "Visa ending in 1258, expires 05/37". */
  name: string;
  messages: CommonMessages;
}

/**
 * Props of `<SavedCards>`: whose cards, the choice (`value` or `defaultValue`, `onValueChange`, the merchant's
 * `options`), the security-code place and the Pay button's readiness, deleting, and the look and texts. Any other
 * attribute goes on the `<section>`.
 *
 * @example
 * const props: SavedCardsProps = { customerId: userId, allowDelete: true, onValueChange: setChoice };
 */
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
export const SavedCards = forwardRef<HTMLElement, SavedCardsProps>(function SavedCards(props, ref) {
  return withUI(SavedCardsView, props, ref);
});

type ViewProps = Omit<SavedCardsProps, 'messages' | 'classNames'>;

/**
 * The checkout's view in the shell: the choice, edit mode and the last delete's outcome.
 * - A failed load is no card: the first option is chosen and the shopper can still pay (also while Retry runs).
 * - Without a place for the provider's field, a card's code is asked later (as the hint says): chosen is ready.
 * - Delete is offered only where the backend says it can delete. Escape from any control inside (a Delete, the
 *   toggle) leaves edit mode: a shortcut delegated to the section.
 * - A new delete hides the last one's alert.
 */
const SavedCardsView = forwardRef<HTMLElement, ViewProps>(function SavedCardsView(
  {
    allowDelete = false,
    alwaysShowDelete = false,
    hideExpired = false,
    options = NO_OPTIONS,
    value,
    defaultValue,
    onValueChange,
    requireCvc,
    renderCvc,
    onReadyChange,
    onError,
    renderCard,
    renderBrandMark,
    ...props
  },
  ref,
) {
  const { messages: m } = useSavedCardsUI();
  const edit = useEditMode();
  const [outcome, setOutcome] = useState<DeleteOutcome | null>(null);
  const view = useCardsView(props, {
    primary: '[role="radio"]',
    arrange: hideExpired ? withoutExpired : undefined,
    deleted: (card) => {
      if (card.token === selection.selectedToken && cards) selection.select(successorChoice(card, cards, options));
      edit.quiet();
      setOutcome((last) => ({ status: 'removed', card, removals: (last?.removals ?? 0) + 1 }));
    },
    failed: (error, card) => setOutcome((last) => ({ status: 'failed', card, error, removals: last?.removals ?? 0 })),
  });
  const { cards, query } = view;
  const choosing = { options, value, defaultValue, onValueChange, requireCvc, refetch: query.refetch };
  const selection = useCardSelection({ ...choosing, cards: cards ?? (query.isError ? NO_CARDS : undefined) });
  useReadyChange(renderCvc ? selection.ready : selection.choice !== null, onReadyChange);
  const canDelete = allowDelete && query.capabilities.delete;
  const toggled = canDelete && !alwaysShowDelete && Boolean(cards?.length);
  return (
    <CardsSection
      view={view}
      rootRef={ref}
      toggle={toggled && <EditToggle editing={edit.editing} onToggle={edit.turn} toggleRef={edit.toggle} />}
      live={edit.said ?? { message: removalText(outcome, m), count: outcome?.removals }}
      data-sc-editing={(toggled && edit.editing) || undefined}
      onKeyDown={toggled ? edit.onKeyDown : undefined}
    >
      <PaymentList
        view={view}
        selection={selection}
        failure={view.dialog.status !== 'deleting' && outcome?.status === 'failed' ? outcome : undefined}
        allowDelete={canDelete && (alwaysShowDelete || edit.editing)}
        own={{ options, requireCvc, renderCvc, renderCard, renderBrandMark, onError }}
      />
    </CardsSection>
  );
});

/**
 * What is chosen once the chosen card is deleted: a merchant deriving `value` from its own list (which hides deletes
 * in flight) lost it when the delete began; the kit still knows the card was chosen, so it chooses the successor,
 * else the first option, as it takes the card away.
 */
function successorChoice(
  card: SavedCard,
  cards: readonly SavedCard[],
  options: readonly PaymentOption[],
): PaymentChoiceKey | null {
  const next = successor(
    card.token,
    cards,
    cards.filter((listed) => listed !== card),
  );
  const first = options[0];
  return next ? { kind: 'card', token: next.token } : first ? { kind: 'option', value: first.value } : null;
}

/** Tells `onReadyChange` the Pay button's truth when it changes (and first when the view mounts). */
function useReadyChange(ready: boolean, onReadyChange: ((ready: boolean) => void) | undefined) {
  const told = useRef<boolean>(undefined);
  useEffect(() => {
    if (told.current === ready) return;
    told.current = ready;
    onReadyChange?.(ready);
  });
}

/** The last delete's outcome, worded at render time so a language switch words it anew. */
type DeleteOutcome =
  | { status: 'removed'; card: SavedCard; removals: number }
  | { status: 'failed'; card: SavedCard; error: SavedCardsError; removals: number };

function removalText(outcome: DeleteOutcome | null, m: CommonMessages): string {
  if (outcome?.status !== 'removed') return '';
  return formatMessage(m.deleted, { card: cardName(outcome.card, m) });
}

const withoutExpired = (cards: readonly SavedCard[]) => cards.filter((card) => !card.isExpired);
const NO_OPTIONS: readonly PaymentOption[] = [];
const NO_CARDS: readonly SavedCard[] = [];

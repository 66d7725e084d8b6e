'use client';
import { memo, useCallback, useMemo } from 'react';
import type { SavedCard } from '../core/card';
import { cardNeedsCvc, type PaymentChoiceKey } from '../core/choice';
import type { SavedCardsError } from '../core/errors';
import type { UseCardSelectionResult } from '../hooks/use-card-selection';
import { CardList } from './card-list';
import { CardOption, cardState } from './card-option';
import { useSavedCardsUI } from './context';
import { CvcPlace } from './cvc-place';
import { DeleteCardButton } from './delete-card-button';
import { Contained, PaymentOptionRadio, type PaymentOption, type PaymentStepActions } from './payment-option';
import type { SavedCardsProps } from './saved-cards';
import { deleteFailureText } from './states';
import { cardAccessibleName } from './text';
import type { CardsView } from './use-cards-view';

interface PaymentListProps {
  view: CardsView;
  selection: UseCardSelectionResult;
  /** The last failed delete, said at its card. */
  failure: { card: SavedCard; error: SavedCardsError } | undefined;
  /** Each card's Delete is shown. */
  allowDelete: boolean;
  /** The checkout's own props. */
  own: Pick<SavedCardsProps, 'requireCvc' | 'renderCvc' | 'renderCard' | 'renderBrandMark' | 'onError'> & {
    options: readonly PaymentOption[];
  };
}

/**
 * The checkout's one radio group: the cards, the place for the provider's CVC field right after the chosen card
 * that needs one, then the merchant's options; none while there is neither a card nor an option.
 */
export function PaymentList(props: PaymentListProps) {
  const { view, selection, own } = props;
  const { choice, select } = selection;
  const { options, renderCvc, onError } = own;
  const chosenCard = choice?.kind === 'card' ? choice.card : undefined;
  const chosenOption = choice?.kind === 'option' ? choice.value : undefined;
  const [rows, tabOption] = useCardRows(props);
  const step: PaymentStepActions = { refreshAndChoose: selection.refreshAndChoose };
  // The labelled place for the provider's CVC field, right after the chosen card's row when it needs its code.
  const cvcPlace = renderCvc && chosenCard && cardNeedsCvc(chosenCard, own.requireCvc) && (
    <CvcPlace
      key={`${chosenCard.token} cvc`}
      card={chosenCard}
      renderCvc={renderCvc}
      onCompleteChange={selection.setCvcComplete}
      onError={onError}
    />
  );
  return (
    (rows?.length || options[0]) && (
      <CardList
        aria-labelledby={view.headingId}
        aria-busy={view.query.isFetching || undefined}
        {...view.focus.listProps}
      >
        {/* The CVC place and an option's panel come right after their radio, outside it: siblings in the group. */}
        {rows?.flatMap((row) => [row, row.key === chosenCard?.token && cvcPlace])}
        {options.map((option, index) => {
          const labelId = `${view.headingId}o${index}`;
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
    )
  );
}

/**
 * The card rows, memoized apart from the list around them: the dialog, an announcement or an alert leave 1,000
 * rows alone, and each row (memoized) re-renders only for its own card and state. Also the roving tab stop: the
 * choice, else the first usable card; else the first card or option, so the group stays reachable.
 */
function useCardRows({ view, selection, failure, allowDelete, own }: PaymentListProps) {
  const { choice, selectedToken, select } = selection;
  const { requireCvc, renderCvc, renderCard, renderBrandMark, options } = own;
  const { cards, ask, focus, query } = view;
  const deletingTokens = query.deletingTokens;
  const firstCard = cards?.find((card) => !card.isExpired && !isDeleting(card, deletingTokens)) ?? cards?.[0];
  const tabCard = choice ? (choice.kind === 'card' ? choice.card.token : undefined) : firstCard?.token;
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
          allowDelete={allowDelete}
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
      allowDelete,
      renderCard,
      renderBrandMark,
      renderCvc,
      requireCvc,
      select,
      ask,
      focus.register,
    ],
  );
  const tabOption = choice
    ? choice.kind === 'option'
      ? choice.value
      : undefined
    : firstCard
      ? undefined
      : options[0]?.value;
  return [rows, tabOption] as const;
}

const isDeleting = (card: SavedCard, deletingTokens: readonly string[]) =>
  card.tokens.some((token) => deletingTokens.includes(token));

interface CardRowProps {
  card: SavedCard;
  checked: boolean;
  deleting: boolean;
  /** Its last delete failed: said in the row itself, next to the card it is about. */
  failure: SavedCardsError | undefined;
  tabbable: boolean;
  allowDelete: boolean;
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
  renderCard,
  renderBrandMark,
  needsCvc,
  onChoose,
  onAskDelete,
  register,
}: CardRowProps) {
  const { messages: m, classNames: c } = useSavedCardsUI();
  const token = card.token;
  const ref = useCallback((element: HTMLDivElement | null) => register(token, element), [register, token]);
  const state = cardState(card, deleting);
  return (
    <div ref={ref} data-sc-part="row" data-state={state} className={c.row}>
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

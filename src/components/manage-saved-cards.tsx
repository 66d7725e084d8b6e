'use client';
import { forwardRef, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import type { SavedCard } from '../core/card';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';
import { AddCard, type AddCardProps } from './add-card';
import { CardsSection, withUI } from './cards-section';
import { useAccountMessages, useSavedCardsUI, type SavedCardsUIProviderProps } from './context';
import type { ManageRowShared } from './manage-card-actions';
import { ManageCardRow } from './manage-card-row';
import type { SavedCardsProps } from './saved-cards';
import { deleteFailureText, errorText } from './states';
import { cardName, fillNodes } from './text';
import { useAddedCard } from './use-added-card';
import { useCardNotes, type Announcement, type Failure } from './use-card-notes';
import { useRowActions } from './use-row-actions';
import { useCardsView, type CardsView } from './use-cards-view';

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
export const ManageSavedCards = forwardRef<HTMLElement, ManageSavedCardsProps>(function ManageSavedCards(props, ref) {
  return withUI(ManageView, props, ref);
});

/** A narrow container shows the menu's button in place of the inline actions: the first of them shown. */
const PRIMARY = '[data-sc-part="actions"] button, [data-sc-part="menu-button"]';

type ViewProps = Omit<ManageSavedCardsProps, 'messages' | 'classNames'>;

const ManageView = forwardRef<HTMLElement, ViewProps>(function ManageView({ addCard, ...props }, ref) {
  const { classNames: c } = useSavedCardsUI();
  const m = useAccountMessages();
  const notes = useCardNotes();
  const { failures, announcement, fail, clearFailure, announce } = notes;
  // As in <SavedCards>: on success the card leaves and focus moves to its neighbour; on failure the card stays
  // with a message at it and focus returns to its Delete.
  const view = useCardsView(props, {
    primary: PRIMARY,
    arrange: defaultFirst,
    deleted: (card) => announce({ kind: 'deleted', card }),
    failed: (error, card) => {
      announce(null);
      fail({ action: 'delete', card, error });
    },
    retryPart: 'delete',
  });
  const { query, headingId, focus } = view;
  const { register, refreshAndFocus } = useAddedCard(view, notes);
  const shared = useRowActions(props.customerId, view, notes, register);
  const rows = useManageRows(view, failures, shared);
  return (
    <CardsSection
      view={{
        ...view,
        // A new delete hides the card's last failure.
        confirm: (card) => {
          clearFailure(card.token);
          view.confirm(card);
        },
      }}
      rootRef={ref}
      live={{ message: announcementText(announcement, m), count: announcement?.count }}
      data-sc-mode="manage"
    >
      {rows?.length ? (
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
      ) : null}
      {addCard && <AddCard addCard={addCard} onAdded={refreshAndFocus} />}
    </CardsSection>
  );
});

/** The account page's rows, memoized apart from the section: a change to one card re-renders that row only. */
function useManageRows({ cards, query }: CardsView, failures: ReadonlyMap<string, Failure>, shared: ManageRowShared) {
  const m = useAccountMessages();
  const { deletingTokens, changingTokens } = query;
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
  return rows;
}

/** The default first, then the list's own order (the backend's, or a change in flight moved it). */
const defaultFirst = (cards: readonly SavedCard[]) => [
  ...cards.filter((card) => card.isPreferred),
  ...cards.filter((card) => !card.isPreferred),
];

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

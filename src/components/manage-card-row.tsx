'use client';
import { memo, useCallback, useId, useRef, useState, type ReactNode } from 'react';
import type { SavedCard, SavedCardsCapabilities } from '../core/card';
import { holderText } from '../core/display';
import type { SavedCardsError } from '../core/errors';
import { checkNickname, MAX_NICKNAME_LENGTH, type NicknameProblem } from '../core/nickname';
import { formatMessage } from '../i18n/messages';
import { cardState, type CardOptionState } from './card-option';
import { CardSummary } from './card-summary';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { useSavedCardsUI } from './context';
import { ActionsMenu, type ActionsMenuItem } from './actions-menu';
import { blockedReasonText, DeleteCardButton } from './delete-card-button';
import { cardBrandName, cardName } from './text';

/** A managed card's shown state, as in `data-state`: a card's own, or `saving` while its change is in flight. */
export type ManageCardState = CardOptionState | 'saving';

/** What every row of one list shares, in one stable object. */
export interface ManageRowShared {
  capabilities: SavedCardsCapabilities;
  onMakeDefault: (card: SavedCard) => void;
  /** With the name as `checkNickname` returned it. */
  onRename: (card: SavedCard, nickname: string) => void;
  onAskDelete: (card: SavedCard) => void;
  register: (token: string, element: HTMLElement | null) => void;
}

interface ManageCardRowProps {
  card: SavedCard;
  /** A change (new default or name) of this card is in flight. */
  saving: boolean;
  deleting: boolean;
  /** Its last change or delete failed: said in the row, next to the card it is about. */
  failure: ReactNode;
  shared: ManageRowShared;
}

/**
 * One card of `<ManageSavedCards>`: its mark, name, number, expiry and badges, and beside them its actions in
 * a group named for the card. Rename swaps the actions for an inline field. Memoized: a change to one card
 * re-renders that row only.
 */
export const ManageCardRow = memo(function ManageCardRow({
  card,
  saving,
  deleting,
  failure,
  shared,
}: ManageCardRowProps) {
  const { capabilities, onMakeDefault, onRename, onAskDelete, register } = shared;
  const { messages: m, classNames: c } = useSavedCardsUI();
  const id = useId();
  const token = card.token;
  const ref = useCallback((element: HTMLLIElement | null) => register(token, element), [register, token]);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<NicknameProblem | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when the field opens or closes: set by the action, used once after the render.
  const focusNext = useRef<'field' | 'rename' | null>(null);
  const busy = saving || deleting;
  const state: ManageCardState = deleting ? 'deleting' : saving ? 'saving' : cardState(card);
  const name = cardName(card, m);
  const nickname = holderText({ nickname: card.nickname });
  const holder = holderText({ holderName: card.holderName });

  useBrowserLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'field') {
      input.current?.focus();
      input.current?.select();
    }
    // Back to Rename, or on a narrow page, where Rename is in the menu, to the menu's button.
    if (target === 'rename')
      (renameButton.current?.checkVisibility?.() === false ? menuButton : renameButton).current?.focus();
  }, [editing]);

  function openField() {
    if (busy) return;
    setDraft(card.nickname ?? '');
    setProblem(undefined);
    focusNext.current = 'field';
    setEditing(true);
  }

  function closeField() {
    focusNext.current = 'rename';
    setEditing(false);
  }

  function save() {
    let checked: string;
    try {
      checked = checkNickname(draft);
    } catch (error) {
      // Refused here, nothing sent: the field says why and keeps focus.
      setProblem((error as SavedCardsError).problem ?? 'empty');
      return;
    }
    closeField();
    if (checked !== card.nickname) onRename(card, checked);
  }

  const reason = capabilities.delete ? blockedReasonText(card, m) : undefined;
  const offerDefault = capabilities.setDefault && !card.isPreferred && !card.isExpired;
  const makeDefault = offerDefault && (
    <button
      key="default"
      type="button"
      data-sc-part="make-default"
      className={c.makeDefaultButton}
      aria-label={formatMessage(m.makeDefaultLabel, { card: name })}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onMakeDefault(card);
      }}
    >
      {m.makeDefaultButton}
    </button>
  );
  const rename = capabilities.rename && (
    <button
      key="rename"
      ref={renameButton}
      type="button"
      data-sc-part="rename"
      className={c.renameButton}
      aria-label={formatMessage(m.renameLabel, { card: name })}
      aria-disabled={busy || undefined}
      onClick={openField}
    >
      {m.renameButton}
    </button>
  );
  const remove = capabilities.delete && (
    <DeleteCardButton key="delete" card={card} disabled={busy} reasonId={`${id}r`} onClick={() => onAskDelete(card)} />
  );
  // The same order on every card, so a shopper finds Delete in the same place.
  const actions = [makeDefault, rename, remove].filter(Boolean);
  // The same actions, for the menu a narrow container shows in their place.
  const items: ActionsMenuItem[] = [];
  if (offerDefault)
    items.push({
      part: 'make-default',
      text: m.makeDefaultButton,
      label: formatMessage(m.makeDefaultLabel, { card: name }),
      inactive: busy,
      onSelect: () => onMakeDefault(card),
    });
  if (capabilities.rename)
    items.push({
      part: 'rename',
      text: m.renameButton,
      label: formatMessage(m.renameLabel, { card: name }),
      inactive: busy,
      onSelect: openField,
    });
  if (capabilities.delete)
    items.push({
      part: 'delete',
      text: m.deleteButton,
      label: formatMessage(m.deleteButtonLabel, { card: name }),
      inactive: busy || Boolean(reason),
      describedBy: reason && `${id}r`,
      onSelect: () => onAskDelete(card),
    });

  return (
    <li ref={ref} tabIndex={-1} data-sc-part="row" data-state={state} data-brand={card.brand} className={c.row}>
      <div data-sc-part="summary" aria-busy={busy || undefined}>
        <CardSummary
          card={card}
          title={
            <>
              <span data-sc-part="title">
                {nickname ? <bdi data-sc-part="nickname">{nickname}</bdi> : cardBrandName(card, m)}
              </span>
              {nickname && <span data-sc-part="brand-name">{cardBrandName(card, m)}</span>}
              {card.last4 !== undefined && (
                <span data-sc-part="number" dir="ltr" className={c.number}>
                  {formatMessage(m.maskedNumber, { last4: card.last4 })}
                </span>
              )}
            </>
          }
          holder={
            holder && (
              <bdi id={`${id}h`} data-sc-part="holder" className={c.holder}>
                {holder}
              </bdi>
            )
          }
          status={busy && (deleting ? m.cardDeleting : m.cardSaving)}
        />
      </div>
      {editing ? (
        <form
          data-sc-part="rename-form"
          // Named after its card: the field replaced the card's named group of actions.
          aria-label={formatMessage(m.renameLabel, { card: name })}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label htmlFor={`${id}n`} data-sc-part="rename-label">
            {m.renameField}
          </label>
          <input
            ref={input}
            id={`${id}n`}
            type="text"
            value={draft}
            // The rule counts characters, the field UTF-16 units: room for 40 emoji, and a longer name is told why.
            maxLength={MAX_NICKNAME_LENGTH * 2}
            autoComplete="off"
            dir="auto"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}p` : undefined}
            data-sc-part="rename-input"
            className={c.renameInput}
            onChange={(event) => {
              setDraft(event.target.value);
              setProblem(undefined);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              // The field owns Escape: a drawer of the merchant's around the list must not close.
              event.preventDefault();
              event.stopPropagation();
              closeField();
            }}
          />
          <button type="submit" data-sc-part="rename-save">
            {m.renameSave}
          </button>
          <button type="button" data-sc-part="rename-cancel" onClick={closeField}>
            {m.renameCancel}
          </button>
          {problem && (
            // An alert as well as the field's description: focus stays in the field, so it is said at once.
            <p id={`${id}p`} role="alert" data-sc-part="field-error">
              {m.nicknameProblems[problem]}
            </p>
          )}
        </form>
      ) : (
        actions.length > 0 && (
          <>
            <div
              role="group"
              aria-label={formatMessage(m.actionsLabel, { card: name })}
              data-sc-part="actions"
              className={c.actions}
            >
              {actions}
            </div>
            <ActionsMenu
              label={formatMessage(m.actionsLabel, { card: name })}
              items={items}
              buttonRef={menuButton}
              // A narrow card shows no holder: its menu button says it.
              describedBy={holder ? `${id}h` : undefined}
            />
          </>
        )
      )}
      {reason && (
        // Under the card's text, the row's whole width; it describes Delete, inline or in the menu.
        <span id={`${id}r`} data-sc-part="blocked-reason" className={c.blockedReason}>
          <bdi>{reason}</bdi>
        </span>
      )}
      {failure && (
        <p role="alert" data-sc-part="alert">
          {failure}
        </p>
      )}
    </li>
  );
});

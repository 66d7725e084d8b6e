'use client';
import { useRef, useState } from 'react';
import type { SavedCard, SavedCardsCapabilities } from '../core/card';
import { useBrowserLayoutEffect } from '../hooks/use-browser-layout-effect';
import { formatMessage } from '../i18n/messages';
import type { SavedCardsMessages } from '../i18n/types';
import { ActionsMenu, type ActionsMenuItem } from './actions-menu';
import { useAccountMessages, useSavedCardsUI, type SavedCardsClassNames } from './context';
import { RenameField } from './rename-field';
import { cardName } from './text';

/** What every row of one list shares, in one stable object. */
export interface ManageRowShared {
  capabilities: SavedCardsCapabilities;
  onMakeDefault: (card: SavedCard) => void;
  /** With the name as `checkNickname` returned it. */
  onRename: (card: SavedCard, nickname: string) => void;
  onAskDelete: (card: SavedCard) => void;
  register: (token: string, element: HTMLElement | null) => void;
}

interface ManageCardActionsProps {
  card: SavedCard;
  busy: boolean;
  /** Why Delete will be refused; the row shows it with `reasonId`, and Delete is described by it. */
  reason: string | undefined;
  reasonId: string;
  /** The holder's text, which a narrow card hides: its menu button is described by it. */
  holderId: string | undefined;
  shared: ManageRowShared;
}

type Action = ActionsMenuItem & { className?: string | undefined };

/**
 * A managed card's actions, in the same order on every card so a shopper finds Delete in the same place: Make
 * default, Rename and Delete as buttons in a group named for the card, and the same in the menu that a narrow
 * container shows in their place. Rename swaps them for its field; when it closes, focus goes back to Rename.
 */
export function ManageCardActions(props: ManageCardActionsProps) {
  const { classNames: c } = useSavedCardsUI();
  const m = useAccountMessages();
  const { card, shared } = props;
  // Undefined until the field first opens; false once it has closed, which sends focus back.
  const [editing, setEditing] = useState<boolean>();
  const renameButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const name = cardName(card, m);

  useBrowserLayoutEffect(() => {
    // On a narrow page Rename is in the menu: back to the menu's button.
    if (editing === false)
      (renameButton.current?.checkVisibility?.() === false ? menuButton : renameButton).current?.focus();
  }, [editing]);

  if (editing)
    return (
      <RenameField
        card={card}
        label={formatMessage(m.renameLabel, { card: name })}
        onRename={shared.onRename}
        onClose={() => setEditing(false)}
      />
    );
  const items = actionsOf(props, name, () => setEditing(true), m, c);
  const label = formatMessage(m.actionsLabel, { card: name });
  return (
    items.length > 0 && (
      <>
        <div role="group" aria-label={label} data-sc-part="actions" className={c.actions}>
          {items.map((item) => (
            <button
              key={item.part}
              ref={item.part === 'rename' ? renameButton : undefined}
              type="button"
              aria-label={item.label}
              aria-disabled={item.inactive || undefined}
              aria-describedby={item.describedBy}
              data-sc-part={item.part}
              className={item.className}
              onClick={() => {
                if (!item.inactive) item.onSelect();
              }}
            >
              {item.text}
            </button>
          ))}
        </div>
        <ActionsMenu label={label} items={items} buttonRef={menuButton} describedBy={props.holderId} />
      </>
    )
  );
}

/** The actions the card's capabilities and state offer, each named for the card. */
function actionsOf(
  { card, busy, reason, reasonId, shared }: ManageCardActionsProps,
  name: string,
  onRename: () => void,
  m: SavedCardsMessages,
  c: SavedCardsClassNames,
): Action[] {
  const { capabilities } = shared;
  const actions: Action[] = [];
  if (capabilities.setDefault && !card.isPreferred && !card.isExpired)
    actions.push({
      part: 'make-default',
      text: m.makeDefaultButton,
      label: formatMessage(m.makeDefaultLabel, { card: name }),
      inactive: busy,
      onSelect: () => shared.onMakeDefault(card),
      className: c.makeDefaultButton,
    });
  if (capabilities.rename)
    actions.push({
      part: 'rename',
      text: m.renameButton,
      label: formatMessage(m.renameLabel, { card: name }),
      inactive: busy,
      onSelect: onRename,
      className: c.renameButton,
    });
  if (capabilities.delete)
    actions.push({
      part: 'delete',
      text: m.deleteButton,
      label: formatMessage(m.deleteButtonLabel, { card: name }),
      inactive: busy || Boolean(reason),
      describedBy: reason && reasonId,
      onSelect: () => shared.onAskDelete(card),
      className: c.deleteButton,
    });
  return actions;
}

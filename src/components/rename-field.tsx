'use client';
import { useId } from 'react';
import type { SavedCard } from '../core/card';
import { MAX_NICKNAME_LENGTH } from '../core/nickname';
import { useAccountMessages, useSavedCardsUI } from './context';
import { useRename } from './use-rename';

interface RenameFieldProps {
  card: SavedCard;
  /** The form's name, "Rename Visa ending in 4242": the field replaced the card's named group of actions. */
  label: string;
  onRename: (card: SavedCard, nickname: string) => void;
  onClose: () => void;
}

/** A managed card's rename form, on the card's own line: the name field, Save and Cancel, and why a name is refused. */
export function RenameField({ card, label, onRename, onClose }: RenameFieldProps) {
  const { classNames: c } = useSavedCardsUI();
  const m = useAccountMessages();
  const id = useId();
  const [problem, onSubmit, field] = useRename(card, onRename, onClose);
  return (
    <form data-sc-part="rename-form" aria-label={label} noValidate onSubmit={onSubmit}>
      <label htmlFor={`${id}n`} data-sc-part="rename-label">
        {m.renameField}
      </label>
      <input
        {...field}
        id={`${id}n`}
        type="text"
        // The rule counts characters, the field UTF-16 units: room for 40 emoji, and a longer name is told why.
        maxLength={MAX_NICKNAME_LENGTH * 2}
        autoComplete="off"
        dir="auto"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}p` : undefined}
        data-sc-part="rename-input"
        className={c.renameInput}
      />
      <button type="submit" data-sc-part="rename-save">
        {m.renameSave}
      </button>
      <button type="button" data-sc-part="rename-cancel" onClick={onClose}>
        {m.renameCancel}
      </button>
      {problem && (
        // An alert as well as the field's description: focus stays in the field, so it is said at once.
        <p id={`${id}p`} role="alert" data-sc-part="field-error">
          {m.nicknameProblems[problem]}
        </p>
      )}
    </form>
  );
}

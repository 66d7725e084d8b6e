'use client';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useSavedCardsUI } from './context';

/** What the toggle last said, numbered so the same words twice are still announced. */
export interface EditAnnouncement {
  message: string;
  count: number;
}

/**
 * The checkout's edit mode: Delete controls show only while it is on (as Stripe's and Braintree's "Edit"/"Done").
 * Choosing stays possible while editing: the list stays one radio group with one tab stop, and the Pay button's
 * truth never flips for a mode that only adds controls.
 */
export function useEditMode() {
  const { messages: m } = useSavedCardsUI();
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState<EditAnnouncement | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const turn = (on: boolean) => {
    setEditing(on);
    setSaid((last) => ({ message: on ? m.editing : m.editEnded, count: (last?.count ?? 0) + 1 }));
  };

  return {
    editing,
    said,
    /** Another announcement (a delete's outcome) takes the live region. */
    quiet: () => setSaid(null),
    toggle,
    turn,
    /** On the section: Escape in edit mode leaves it (the dialog's own Escape is handled, and stopped, before). */
    onKeyDown: (event: KeyboardEvent) => {
      if (!editing || event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      // Leaves edit mode from anywhere in the list, focus back on the toggle.
      turn(false);
      toggle.current?.focus();
    },
  };
}

export interface EditToggleProps {
  editing: boolean;
  onToggle: (editing: boolean) => void;
  toggleRef: RefObject<HTMLButtonElement | null>;
  className?: string;
}

/**
 * "Edit" / "Done" beside the checkout's heading: a real button whose name says what it does next; the change is
 * announced by the list's live region. It keeps focus, so leaving edit mode leaves focus on it.
 */
export function EditToggle({ editing, onToggle, toggleRef, className }: EditToggleProps) {
  const { messages: m } = useSavedCardsUI();
  return (
    <button
      ref={toggleRef}
      type="button"
      data-sc-part="edit"
      data-state={editing ? 'on' : 'off'}
      className={className}
      onClick={() => onToggle(!editing)}
    >
      {editing ? m.editDone : m.editButton}
    </button>
  );
}

'use client';
import { useId, useState, type ReactNode } from 'react';
import { useAccountMessages } from './context';
import type { PaymentStepActions } from './payment-option';

/** What the merchant's new-card panel can do; the payment step's actions plus `close`. */
export interface AddCardStep extends PaymentStepActions {
  /** Close the panel (the shopper cancelled); focus returns to "Add a card". */
  close(): void;
}

export interface AddCardProps {
  addCard: {
    /** The action's text. Default: the catalogue's "Add a card". */
    label?: ReactNode;
    /** Your new-card form, e.g. the provider's hosted fields. */
    panel: (step: AddCardStep) => ReactNode;
  };
  /** Refetches; true once the card is listed (and focused by the list). */
  onAdded: (token: string) => Promise<boolean>;
}

/** The account page's "Add a card": a disclosure button and, while open, the merchant's panel right after it. */
export function AddCard({ addCard, onAdded }: AddCardProps) {
  const m = useAccountMessages();
  const id = useId();
  const [open, setOpen] = useState(false);
  const step: AddCardStep = {
    refreshAndChoose: async (token) => {
      // Focus is the list's to move, to the new card; a card that is not listed leaves the panel open.
      if (await onAdded(token)) setOpen(false);
    },
    close: () => {
      setOpen(false);
      document.getElementById(`${id}b`)?.focus();
    },
  };
  return (
    <div data-sc-part="add-card">
      <button
        id={`${id}b`}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}p` : undefined}
        data-sc-part="add-card-button"
        onClick={() => setOpen(!open)}
      >
        {addCard.label ?? m.addCard}
      </button>
      {open && (
        <div id={`${id}p`} role="group" aria-labelledby={`${id}b`} data-sc-part="add-card-panel">
          {addCard.panel(step)}
        </div>
      )}
    </div>
  );
}

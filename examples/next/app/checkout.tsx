// app/checkout.tsx
'use client';
import { useState } from 'react';
import { cardName, defaultSelection, SavedCards, useSavedCards, type SavedCard } from 'react-saved-cards';

export function Checkout() {
  const [chosen, setChosen] = useState<SavedCard | null>();
  const { data: cards } = useSavedCards();
  const payWith = chosen !== undefined ? chosen : cards ? defaultSelection(cards) : null;
  return (
    <>
      <SavedCards allowDelete onValueChange={(choice) => setChosen(choice?.kind === 'card' ? choice.card : null)} />
      <button type="button" disabled={!payWith}>
        {payWith ? `Pay with ${cardName(payWith)}` : 'Choose a card to pay'}
      </button>
    </>
  );
}

'use client';
import { useState } from 'react';
import { cardAccessibleName, useCardSelection, useDeleteCard, useSavedCards } from 'react-saved-cards/headless';

// A picker of your own over the headless hooks: radios, a delete that asks first, and its errors.
export default function HeadlessPage() {
  const { data: cards, error } = useSavedCards();
  const { selectedCard, select } = useCardSelection({ cards });
  const [confirming, setConfirming] = useState<string | null>(null);
  const deletion = useDeleteCard();
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <main>
      <h1>Pay with</h1>
      <fieldset>
        <legend>Saved cards</legend>
        {cards?.map((card) => (
          <div key={card.token}>
            <label>
              <input
                type="radio"
                name="card"
                checked={selectedCard?.token === card.token}
                disabled={card.isExpired}
                onChange={() => select({ kind: 'card', token: card.token })}
              />
              {cardAccessibleName(card)}
            </label>
            {confirming === card.token ? (
              <button type="button" onClick={() => deletion.mutate(card, { onSettled: () => setConfirming(null) })}>
                Confirm delete
              </button>
            ) : (
              <button type="button" onClick={() => setConfirming(card.token)}>
                Delete
              </button>
            )}
          </div>
        ))}
      </fieldset>
      {deletion.error && <p role="alert">{deletion.error.reason ?? deletion.error.message}</p>}
      <button type="button" disabled={!selectedCard}>
        {selectedCard ? `Pay with ${cardAccessibleName(selectedCard)}` : 'Choose a card to pay'}
      </button>
    </main>
  );
}

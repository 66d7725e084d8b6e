import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { cardName, createSavedCardsClient, SavedCards, SavedCardsProvider, type SavedCard } from 'react-saved-cards';
import 'react-saved-cards/styles.css';

const client = createSavedCardsClient({ endpoint: '/api/saved-cards' });

export function Checkout() {
  const [payWith, setPayWith] = useState<SavedCard | null>(null);
  return (
    <SavedCardsProvider client={client}>
      <SavedCards allowDelete onSelect={setPayWith} />
      <button type="button" disabled={!payWith}>
        {payWith ? `Pay with ${cardName(payWith)}` : 'Choose a card to pay'}
      </button>
    </SavedCardsProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Checkout />
  </StrictMode>,
);

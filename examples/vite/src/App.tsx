// src/App.tsx: the drop-in picker and a Pay button that follows it.
import { useState } from 'react';
import { cardName, createSavedCardsClient, SavedCards, SavedCardsProvider, type SavedCard } from 'react-saved-cards';
import 'react-saved-cards/styles.css';

const client = createSavedCardsClient({ endpoint: '/api/saved-cards' });

export default function App() {
  const [payWith, setPayWith] = useState<SavedCard | null>(null);
  return (
    <SavedCardsProvider client={client}>
      <SavedCards allowDelete onValueChange={(choice) => setPayWith(choice?.kind === 'card' ? choice.card : null)} />
      <button type="button" disabled={!payWith}>
        {payWith ? `Pay with ${cardName(payWith)}` : 'Choose a card to pay'}
      </button>
    </SavedCardsProvider>
  );
}

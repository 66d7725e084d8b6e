// The page both sides render: the checkout's <SavedCards> and the account page's <ManageSavedCards>.
import { useEffect } from 'react';
import { ManageSavedCards, SavedCards } from '../../../src/index';

export const ENDPOINT = '/api/saved-cards';
export const CUSTOMER = 'customer-1';
export const CARDS = [
  { token: 'tok_visa', brand: 'visa', last4: '4242', expiryMonth: 8, expiryYear: 2036, isPreferred: true },
  { token: 'tok_amex', brand: 'amex', last4: '0005', expiryMonth: 11, expiryYear: 2037 },
];

/** Marks the document once React has hydrated it; renders nothing, on both sides. */
function Hydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

export function Page() {
  return (
    <main>
      <SavedCards allowDelete alwaysShowDelete />
      <ManageSavedCards />
      <Hydrated />
    </main>
  );
}

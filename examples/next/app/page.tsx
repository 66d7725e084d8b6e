// app/page.tsx (Server Component)
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { prefetchSavedCards } from 'react-saved-cards/server';
import { customerIdFromCookies, provider } from '@/server/saved-cards';
import { Checkout } from './checkout';

export default async function CheckoutPage() {
  const queryClient = new QueryClient();
  const customerId = await customerIdFromCookies();
  if (customerId) await prefetchSavedCards(queryClient, { provider, customerId });
  return (
    <main>
      <h1>Checkout</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Checkout />
      </HydrationBoundary>
    </main>
  );
}

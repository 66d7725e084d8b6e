import type { ReactNode } from 'react';
import 'react-saved-cards/styles.css';
import { Providers } from './providers';

export const metadata = { title: 'Checkout' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}

import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EmptyState, ErrorState, LoadingState } from '../src/index';
import { ENDPOINTS, storyClient } from './backend';
import { PartsFrame } from './parts-frame';

/** Loading, empty and error, alone. Errors are what the real client throws for the mocked answer. */
const meta = {
  title: 'Parts/States',
  parameters: { backend: false },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Asks the real Ottu client for the list and keeps the error it fails with. */
async function loadListError(): Promise<{ error: unknown }> {
  try {
    await storyClient('ottu').listCards();
  } catch (error) {
    return { error };
  }
  throw new Error('The list was expected to fail.');
}

export const Loading: Story = {
  render: () => (
    <PartsFrame>
      <LoadingState rows={2} />
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status', { name: 'Loading saved cards' });
    await expect(status).toHaveAttribute('aria-busy', 'true');
    await expect(status.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(2);
  },
};

export const Empty: Story = {
  render: () => (
    <PartsFrame>
      <EmptyState>
        <a href="#add-card">Add a card</a>
      </EmptyState>
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('You have no saved cards yet.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Add a card' })).toBeVisible();
  },
};

const onRetry = fn();

/** The request never reached the endpoint. */
export const NetworkError: Story = {
  parameters: { msw: [http.get(ENDPOINTS.ottu, () => HttpResponse.error())] },
  loaders: [loadListError],
  beforeEach: () => {
    onRetry.mockClear();
  },
  render: (_args, { loaded }) => (
    <PartsFrame>
      <ErrorState error={loaded.error} onRetry={onRetry} />
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-kind', 'network');
    await expect(alert).toHaveTextContent('We could not reach the saved cards service. Check your connection.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A 401: the session is gone; no Retry offered here. */
export const Unauthorized: Story = {
  parameters: {
    msw: [
      http.get(ENDPOINTS.ottu, () =>
        HttpResponse.json({ detail: 'Authentication credentials were not provided.' }, { status: 401 }),
      ),
    ],
  },
  loaders: [loadListError],
  render: (_args, { loaded }) => (
    <PartsFrame>
      <ErrorState error={loaded.error} />
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-kind', 'unauthorized');
    await expect(alert).toHaveTextContent('Your session has expired. Please sign in again.');
    await expect(within(alert).queryByRole('button')).toBeNull();
  },
};

/** Ottu refused on purpose: its reason is shown as text, with long digit runs redacted. */
export const Rejected: Story = {
  parameters: {
    msw: [
      http.get(ENDPOINTS.ottu, () =>
        HttpResponse.json({ detail: 'Card 4464040000007713 is <b>locked</b>.' }, { status: 400 }),
      ),
    ],
  },
  loaders: [loadListError],
  render: (_args, { loaded }) => (
    <PartsFrame>
      <ErrorState error={loaded.error} onRetry={fn()} />
    </PartsFrame>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveAttribute('data-kind', 'rejected');
    await expect(alert).toHaveTextContent(/^The request was refused\. Card .* is <b>locked<\/b>\./);
    await expect(alert).not.toHaveTextContent(/4464040000007713/);
    await expect(alert.querySelector('b')).toBeNull();
  },
};

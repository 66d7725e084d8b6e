import { ar } from '../../src/i18n/ar';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import {
  BrandMark,
  CARD_BRANDS,
  CardList,
  CardOption,
  DeleteCardButton,
  DeleteCardDialog,
  EmptyState,
  ErrorState,
  LiveRegion,
  LoadingState,
  SavedCardsError,
  SavedCardsUIProvider,
  type SavedCard,
} from '../../src/index';
import { savedCard } from '../saved-card';

const card = (last4: string, extra: Partial<SavedCard> = {}) => savedCard(`tok_${last4}`, { last4, ...extra });

test('CardOption forwards ref, className and style, and sets data-selected only when chosen', () => {
  const ref = createRef<HTMLDivElement>();
  const { rerender } = render(<CardOption ref={ref} card={card('1258')} className="mine" style={{ color: 'red' }} />);
  const option = screen.getByRole('radio', { name: 'Visa ending in 1258, expires 05/37' });
  expect(ref.current).toBe(option);
  expect(option).toHaveClass('mine');
  expect(option).toHaveStyle({ color: 'rgb(255, 0, 0)' });
  expect(option).not.toHaveAttribute('data-selected');
  expect(option).toHaveAttribute('aria-checked', 'false');
  rerender(<CardOption ref={ref} card={card('1258')} checked />);
  expect(option).toHaveAttribute('data-selected', 'true');
  expect(option).toHaveAttribute('aria-checked', 'true');
});

test('CardOption while deleting is data-state="deleting" and cannot be chosen', async () => {
  const onSelect = vi.fn();
  render(<CardOption card={card('1258')} deleting onSelect={onSelect} tabIndex={0} />);
  const option = screen.getByRole('radio');
  expect(option).toHaveAttribute('data-state', 'deleting');
  expect(option).toHaveAttribute('aria-disabled', 'true');
  await userEvent.setup().click(option);
  expect(onSelect).not.toHaveBeenCalled();
});

test('CardOption names its state: expiring soon, preferred', () => {
  render(<CardOption card={card('1258', { isExpiringSoon: true, isPreferred: true })} />);
  expect(screen.getByRole('radio')).toHaveAccessibleName('Visa ending in 1258, expires 05/37, expires soon, preferred');
  expect(screen.getByRole('radio')).toHaveAttribute('data-state', 'expiring');
});

test('CardList and CardOption compose into a radio group of your own', async () => {
  const cards = [card('1111'), card('2222', { isExpired: true }), card('3333')];
  function MyPicker() {
    const [chosen, setChosen] = useState('tok_1111');
    return (
      <SavedCardsUIProvider messages={ar}>
        <CardList aria-label="cards">
          {cards.map((item) => (
            <CardOption
              key={item.token}
              card={item}
              checked={item.token === chosen}
              tabIndex={item.token === chosen ? 0 : -1}
              onSelect={(picked) => setChosen(picked.token)}
            />
          ))}
        </CardList>
      </SavedCardsUIProvider>
    );
  }
  render(<MyPicker />);
  const user = userEvent.setup();
  const [first, expired, third] = screen.getAllByRole('radio');
  await user.tab();
  expect(first).toHaveFocus();
  // Right to left: Left is forward, and the expired card is skipped.
  await user.keyboard('{ArrowLeft}');
  expect(third).toHaveFocus();
  expect(third).toHaveAttribute('aria-checked', 'true');
  expect(expired).toHaveAttribute('aria-checked', 'false');
});

test('BrandMark is an inline SVG per brand, hidden from assistive technology, fetching nothing', () => {
  const { container } = render(
    <>
      {CARD_BRANDS.map((brand) => (
        <BrandMark key={brand} brand={brand} className="mark" />
      ))}
    </>,
  );
  const marks = container.querySelectorAll('[data-sc-part="brand"]');
  expect(marks).toHaveLength(CARD_BRANDS.length);
  for (const mark of marks) {
    expect(mark.tagName).toBe('svg');
    expect(mark).toHaveAttribute('aria-hidden', 'true');
    expect(mark).toHaveAttribute('focusable', 'false');
    expect(mark).toHaveClass('mark');
    expect(mark.childNodes.length).toBeGreaterThan(0);
  }
  expect(container.querySelector('[data-brand="visa"]')).toHaveTextContent('VISA');
  // No image, link or data URI: a strict Content-Security-Policy blocks none of it.
  expect(container.querySelectorAll('image, use, a, foreignObject')).toHaveLength(0);
  expect(container.innerHTML).not.toMatch(/data:|url\(|href/);
});

test('DeleteCardButton with disabled is aria-disabled and ignores clicks', async () => {
  const onClick = vi.fn();
  render(<DeleteCardButton card={card('1258')} disabled onClick={onClick} />);
  const button = screen.getByRole('button', { name: 'Delete Visa ending in 1258' });
  expect(button).toHaveAttribute('aria-disabled', 'true');
  await userEvent.setup().click(button);
  expect(onClick).not.toHaveBeenCalled();
});

test('DeleteCardButton says why when the backend gave no words of its own', () => {
  render(<DeleteCardButton card={card('1258', { deleteBlockedReason: { code: 'other' } })} />);
  expect(screen.getByRole('button')).toHaveAccessibleDescription('This card cannot be deleted right now.');
});

test('DeleteCardDialog pending: both buttons stay focusable but ignore presses, Escape does nothing, Tab stays inside', async () => {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const ref = createRef<HTMLDialogElement>();
  render(
    <DeleteCardDialog
      ref={ref}
      card={card('1258')}
      pending
      onConfirm={onConfirm}
      onCancel={onCancel}
      className="mine"
    />,
  );
  const dialog = screen.getByRole('alertdialog', { name: 'Delete Visa ending in 1258?' });
  expect(ref.current).toBe(dialog);
  expect(dialog).toHaveClass('mine');
  // Its own live region says so: the browser hides every live region outside a modal dialog.
  expect(within(dialog).getByRole('status')).toHaveTextContent('Deleting…');
  const confirm = screen.getByRole('button', { name: 'Deleting…' });
  const cancel = screen.getByRole('button', { name: 'Cancel' });
  expect(confirm).toHaveAttribute('aria-disabled', 'true');
  expect(cancel).toHaveAttribute('aria-disabled', 'true');
  const user = userEvent.setup();
  expect(cancel).toHaveFocus();
  await user.tab();
  expect(confirm).toHaveFocus();
  await user.tab();
  expect(cancel).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(onCancel).not.toHaveBeenCalled();
  await user.click(confirm);
  expect(onConfirm).not.toHaveBeenCalled();
  expect(confirm).toHaveFocus();
  await user.keyboard('{Enter}');
  await user.click(cancel);
  expect(onConfirm).not.toHaveBeenCalled();
  expect(onCancel).not.toHaveBeenCalled();
  expect(dialog).toBeInTheDocument();
});

test("DeleteCardDialog keeps Escape to itself, pending or not: a merchant's drawer around it does not close", async () => {
  const closeDrawer = vi.fn();
  const onCancel = vi.fn();
  const user = userEvent.setup();
  const drawer = (pending: boolean) => (
    <div onKeyDown={(event) => event.key === 'Escape' && closeDrawer()}>
      <DeleteCardDialog card={card('1258')} pending={pending} onConfirm={() => {}} onCancel={onCancel} />
    </div>
  );
  const { rerender } = render(drawer(true));
  await user.keyboard('{Escape}');
  expect(closeDrawer).not.toHaveBeenCalled();
  expect(onCancel).not.toHaveBeenCalled();
  rerender(drawer(false));
  await user.keyboard('{Escape}');
  expect(onCancel).toHaveBeenCalledTimes(1);
  expect(closeDrawer).not.toHaveBeenCalled();
});

// From the dialog itself (a press on its text focuses it): test/browser/modal.test.tsx, where a <dialog> takes focus.
test('DeleteCardDialog keeps Shift+Tab inside: from Cancel to the last button', async () => {
  render(
    <>
      <button type="button">before</button>
      <DeleteCardDialog card={card('1258')} onConfirm={() => {}} onCancel={() => {}} />
      <button type="button">after</button>
    </>,
  );
  const user = userEvent.setup();
  const cancel = screen.getByRole('button', { name: 'Cancel' });
  const confirm = screen.getByRole('button', { name: 'Delete card' });
  expect(cancel).toHaveFocus();
  await user.tab({ shift: true });
  expect(confirm).toHaveFocus();
  await user.tab({ shift: true });
  expect(cancel).toHaveFocus();
  await user.tab();
  await user.tab();
  expect(cancel).toHaveFocus();
});

test('DeleteCardDialog confirms with the card', async () => {
  const onConfirm = vi.fn();
  render(<DeleteCardDialog card={card('1258')} onConfirm={onConfirm} onCancel={() => {}} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Delete card' }));
  expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ last4: '1258' }));
});

test('ErrorState words an unknown error generically and shows Retry only with onRetry', () => {
  const { rerender } = render(<ErrorState error={new Error('SELECT * FROM cards')} />);
  expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong. Please try again.');
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
  rerender(<ErrorState error={new SavedCardsError('timeout')} onRetry={() => {}} />);
  expect(screen.getByRole('alert')).toHaveTextContent('The saved cards service took too long to answer.');
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});

test('LoadingState, EmptyState and LiveRegion', () => {
  render(
    <>
      <LoadingState rows={2} />
      <EmptyState>
        <a href="/new">Add a card</a>
      </EmptyState>
      <LiveRegion message="Visa ending in 1258 was removed" />
    </>,
  );
  expect(screen.getByRole('status', { name: 'Loading saved cards' })).toHaveAttribute('aria-busy', 'true');
  expect(document.querySelectorAll('[data-sc-part="skeleton"]')).toHaveLength(2);
  expect(screen.getByText('You have no saved cards yet.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Add a card' })).toBeInTheDocument();
  expect(screen.getByText('Visa ending in 1258 was removed')).toHaveAttribute('aria-live', 'polite');
});

test('the parts show no card number from backend text, even on a card built by hand', () => {
  render(
    <>
      <CardOption card={card('1258', { nickname: '4111 1111 1111 1111' })} />
      <CardOption card={card('3333', { nickname: 'Card 4111', holderName: '1111 Ali' })} />
      <DeleteCardButton
        card={card('4444', { deleteBlockedReason: { code: 'other', message: 'In use by 4111111111111111' } })}
      />
    </>,
  );
  expect(document.body.textContent).not.toMatch(/\d{5}|4111/);
  expect(document.body).toHaveTextContent('•••');
  expect(document.body).toHaveTextContent('In use by •••');
});

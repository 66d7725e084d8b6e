/// <reference types="vite/client" />
// The delete dialog is a native modal <dialog> (showModal): what the shopper gets from it in a real Chromium. The
// browser itself makes everything else inert, also what mounts while it is open; nothing behind it takes focus or
// a click; its role, name and description are the alert dialog's; after it closes the page is whole again.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/styles/saved-cards.css';
import { never, renderCards, type Answer } from './ottu-kit';
import { savedCard } from '../saved-card';
import ottuCards from '../fixtures/ottu-user-cards.json';
import { DeleteCardDialog, SavedCards } from '../../src/index';

/** What a pointer pressed at the middle of `element` would hit. */
function hitAtMiddleOf(element: Element) {
  const box = element.getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
}

test("the open dialog is modal: the merchant's Pay button and the radios behind it take neither focus nor a press; after it closes they do", async () => {
  const pay = vi.fn();
  renderCards(
    <main>
      <SavedCards allowDelete alwaysShowDelete />
      <button type="button" onClick={pay}>
        Pay now
      </button>
    </main>,
  );
  const radios = await screen.findAllByRole('radio');
  const payButton = screen.getByRole('button', { name: 'Pay now' });
  await userEvent.click(screen.getByRole('button', { name: 'Delete American Express ending in 1009' }));
  const dialog = screen.getByRole('alertdialog');
  expect(dialog.matches(':modal')).toBe(true);
  for (const behind of [payButton, radios[0]!]) {
    behind.focus();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    // The backdrop is what a press there hits, and it does nothing.
    expect(hitAtMiddleOf(behind)).toBe(dialog);
  }
  const box = dialog.getBoundingClientRect();
  const target = payButton.getBoundingClientRect();
  await userEvent.click(dialog, { position: { x: target.left + 4 - box.left, y: target.top + 4 - box.top } });
  expect(pay).not.toHaveBeenCalled();
  expect(dialog).toBeVisible();
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(document.querySelector('dialog:modal')).toBeNull();
  radios[0]!.focus();
  expect(radios[0]).toHaveFocus();
  payButton.focus();
  expect(payButton).toHaveFocus();
  expect(hitAtMiddleOf(payButton)).toBe(payButton);
  await userEvent.click(payButton);
  expect(pay).toHaveBeenCalledTimes(1);
});

test('what mounts behind the open dialog (a failed refresh: its alert and Retry) is blocked too, and reachable after', async () => {
  let listFails = false;
  const { queryClient } = renderCards(<SavedCards allowDelete alwaysShowDelete />, () =>
    listFails ? Response.json({ detail: 'down' }, { status: 500 }) : Response.json(ottuCards),
  );
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  const dialog = screen.getByRole('alertdialog');
  // A background refresh (window focus, the merchant's invalidate) fails while the dialog is open.
  listFails = true;
  await act(() => queryClient.invalidateQueries());
  const retry = await waitFor(() => document.querySelector<HTMLElement>('[data-sc-part="retry"]')!);
  expect(dialog.matches(':modal')).toBe(true);
  retry.focus();
  expect(dialog).toContainElement(document.activeElement as HTMLElement);
  expect(hitAtMiddleOf(retry)).toBe(dialog);

  await userEvent.keyboard('{Escape}');
  expect(document.querySelector('dialog:modal')).toBeNull();
  retry.focus();
  expect(retry).toHaveFocus();
  expect(hitAtMiddleOf(retry)).toBe(retry);
});

test('a dialog closed from outside (the shopper switched) leaves nothing behind it blocked', async () => {
  function Switcher() {
    const [customerId, setCustomerId] = useState('alice');
    return (
      <>
        <button type="button" onClick={() => setCustomerId('bob')}>
          Switch
        </button>
        <SavedCards customerId={customerId} allowDelete alwaysShowDelete />
      </>
    );
  }
  const { queryClient } = renderCards(<Switcher />);
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  expect(document.querySelector('dialog:modal')).not.toBeNull();
  // The merchant's session changes the customer while the dialog is open (not a press: the page is inert).
  act(() => screen.getByRole('button', { name: 'Switch', hidden: true }).click());
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(document.querySelector('dialog:modal')).toBeNull();
  const radio = (await screen.findAllByRole('radio'))[0]!;
  radio.focus();
  expect(radio).toHaveFocus();
  expect(radio).toContainElement(hitAtMiddleOf(radio) as HTMLElement);
  queryClient.clear();
});

test("a press on the dialog's text focuses the dialog; from there Tab goes to Cancel, Shift+Tab to Confirm, Escape cancels", async () => {
  renderCards(<SavedCards allowDelete alwaysShowDelete />);
  await screen.findAllByRole('radio');
  const deleteButton = screen.getByRole('button', { name: 'Delete Visa ending in 0026' });
  await userEvent.click(deleteButton);
  const dialog = screen.getByRole('alertdialog');
  const title = within(dialog).getByRole('heading');
  await userEvent.click(title);
  expect(dialog).toHaveFocus();
  await userEvent.keyboard('{Tab}');
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await userEvent.click(title);
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  expect(within(dialog).getByRole('button', { name: 'Delete card' })).toHaveFocus();
  await userEvent.click(title);
  await userEvent.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(deleteButton).toHaveFocus();
});

test('Escape while the delete is pending does nothing: the dialog stays open and modal, focus inside', async () => {
  renderCards(<SavedCards allowDelete alwaysShowDelete />, undefined, never);
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  await userEvent.keyboard('{Tab}{Enter}');
  const dialog = screen.getByRole('alertdialog');
  await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'pending'));
  await userEvent.keyboard('{Escape}');
  await userEvent.keyboard('{Escape}');
  expect(dialog).toBeVisible();
  expect(dialog.matches(':modal')).toBe(true);
  expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toHaveFocus();
});

test("the dialog's cancel event (the browser's other close requests) is refused and cancels as Cancel does, not while pending", async () => {
  const onCancel = vi.fn();
  const card = savedCard('tok_1258');

  const { rerender } = render(<DeleteCardDialog card={card} pending onConfirm={() => {}} onCancel={onCancel} />);
  const dialog = screen.getByRole('alertdialog');
  const closeRequest = () => {
    const event = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(event);
    return event.defaultPrevented;
  };
  expect(closeRequest()).toBe(true);
  expect(onCancel).not.toHaveBeenCalled();
  expect(dialog.matches(':modal')).toBe(true);
  rerender(<DeleteCardDialog card={card} onConfirm={() => {}} onCancel={onCancel} />);
  expect(closeRequest()).toBe(true);
  expect(onCancel).toHaveBeenCalledTimes(1);
});

test('role, name and description: an alert dialog named after the card, modal in the accessibility tree, axe clean', async () => {
  const { container } = renderCards(<SavedCards allowDelete alwaysShowDelete />);
  await screen.findAllByRole('radio');
  await userEvent.click(screen.getByRole('button', { name: 'Delete Visa ending in 0026' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Delete Visa ending in 0026?' });
  expect(dialog.tagName).toBe('DIALOG');
  expect(dialog).toHaveAccessibleDescription(/Visa ending in 0026 will be removed from your saved cards/);
  const results = await axe.run(container, { resultTypes: ['violations'] });
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  const session = cdp();
  await session.send('Accessibility.enable');
  // The test page is an iframe of vitest's runner: read its tree, not the runner's.
  const frames = (await session.send('Page.getFrameTree')) as {
    frameTree: { childFrames?: { frame: { id: string; url: string } }[] };
  };
  const frameId = frames.frameTree.childFrames?.find((child) => child.frame.url === location.href)?.frame.id;
  const tree = (await session.send('Accessibility.getFullAXTree', { frameId })) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  const node = tree.nodes.find((candidate) => candidate.role?.value === 'alertdialog');
  expect({
    name: node?.name?.value,
    description: node?.description?.value,
    modal: node?.properties?.find((property) => property.name === 'modal')?.value.value,
  }).toEqual({
    name: 'Delete Visa ending in 0026?',
    description: expect.stringMatching(/^Visa ending in 0026 will be removed from your saved cards/),
    modal: true,
  });
});

// The browser's own close() would put focus back on the Delete that opened the dialog; the kit's focus owner decides:
// after a failed delete the card is back and has focus, after a success its neighbour does, after Cancel the Delete.
test('after the dialog closes, focus is where the kit puts it, not where close() would restore it', async () => {
  let outcome: Answer = () => Response.json({ detail: 'down' }, { status: 500 });
  let deleted = false;
  renderCards(
    <SavedCards allowDelete alwaysShowDelete />,
    () => Response.json(deleted ? ottuCards.filter((card) => !card.number.endsWith('1009')) : ottuCards),
    () => outcome(),
  );
  await screen.findAllByRole('radio');
  const remove = (name: string) => screen.getByRole('button', { name: `Delete ${name}` });

  await userEvent.click(remove('American Express ending in 1009'));
  await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
  await screen.findByRole('alert');
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(screen.getByRole('radio', { name: /^American Express ending in 1009/ })).toHaveFocus();

  await userEvent.click(remove('American Express ending in 1009'));
  await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
  expect(remove('American Express ending in 1009')).toHaveFocus();

  outcome = () => {
    deleted = true;
    return new Response(null, { status: 204 });
  };
  await userEvent.click(remove('American Express ending in 1009'));
  await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete card' }));
  await waitFor(() => expect(screen.queryByRole('radio', { name: /^American Express ending in 1009/ })).toBeNull());
  expect(document.activeElement).toHaveAttribute('role', 'radio');
});

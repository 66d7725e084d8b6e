import type { MouseEvent } from 'react';

/**
 * Makes the whole page inert except `element` and its ancestors, so a virtual cursor cannot reach the Pay button
 * behind a modal; what mounts beside them while it is shown (a failed refresh's alert and Retry, the merchant's
 * content) too. Live regions stay out of it, so announcements are still heard. Returns the undo.
 */
export function inertOutside(element: HTMLElement | null): () => void {
  const path: HTMLElement[] = [];
  for (let node = element; node?.parentElement && node !== document.body; node = node.parentElement) path.push(node);
  const outside: Element[] = [];
  const makeInert = (element: Element) => {
    if (path.includes(element as HTMLElement) || element.hasAttribute('inert') || element.hasAttribute('aria-live'))
      return;
    element.setAttribute('inert', '');
    outside.push(element);
  };
  for (const node of path) [...node.parentElement!.children].forEach(makeInert);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of record.addedNodes) if (added instanceof Element) makeInert(added);
    }
  });
  for (const node of path) observer.observe(node.parentElement!, { childList: true });
  return () => {
    observer.disconnect();
    outside.forEach((element) => element.removeAttribute('inert'));
  };
}

/** A press on the backdrop, not on the dialog: does nothing, so focus does not leave the dialog. */
export function keepFocusInside(event: MouseEvent) {
  if (event.target === event.currentTarget) event.preventDefault();
}

import type { MouseEvent } from 'react';

/**
 * Makes the whole page inert except `element` and its ancestors, so a virtual cursor cannot reach the Pay button
 * behind a modal; what mounts beside them while it is shown (a failed refresh's alert and Retry, the merchant's
 * content) too. Live regions stay out of it, so announcements are still heard. Returns the undo.
 */
export function inertOutside(element: HTMLElement | null): () => void {
  const outside: Element[] = [];
  const makeInert = (node: Element) => {
    if (node.contains(element) || node.hasAttribute('inert') || node.hasAttribute('aria-live')) return;
    node.setAttribute('inert', '');
    outside.push(node);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of record.addedNodes) if (added instanceof Element) makeInert(added);
    }
  });
  for (let node = element; node?.parentElement && node !== document.body; node = node.parentElement) {
    [...node.parentElement.children].forEach(makeInert);
    observer.observe(node.parentElement, { childList: true });
  }
  return () => {
    observer.disconnect();
    outside.forEach((node) => node.removeAttribute('inert'));
  };
}

/** A press on the backdrop, not on the dialog: does nothing, so focus does not leave the dialog. */
export function keepFocusInside(event: MouseEvent) {
  if (event.target === event.currentTarget) event.preventDefault();
}

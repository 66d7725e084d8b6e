import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// jsdom has <dialog> but not showModal() or close(): only their open attribute here, so the jsdom tests of the delete
// flows run; what a modal dialog really does (top layer, the page inert, focus kept inside) is tested in Chromium
// (test/browser), where these real methods are kept.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// The kit remembers each list's count in sessionStorage (the skeleton's rows): one test's list must not size the next one's skeleton.
afterEach(() => {
  globalThis.sessionStorage?.clear();
});

// The page `npm run bench` loads (production build; `--profiling`: react-dom/profiling). It mounts and deletes
// in each tree, one at a time, and returns raw samples; scripts/bench/run.mjs takes the medians.
//   kit:      <SavedCards allowDelete alwaysShowDelete> over a preloaded cache of 1,000 cards (no fetch on mount);
//             a delete goes through the UI: click Delete, then confirm in the dialog.
//   baseline: a plain hand-written list of the same cards (brand, last 4, expiry, delete button),
//             memoized rows, deleting with one setState (no backend).
//   handWritten: a hand-written list that renders the kit's markup (the same elements, ARIA and
//             data attributes, the kit's CSS) in one memoized row component, choosing with a
//             click and deleting by awaiting the same in-memory endpoint. It has no keyboard
//             handling, focus management, live region, dialog or pending state: it shows what
//             the same DOM costs, so the gap to it is the kit's own work.
//   floor:    the least a list can render and do and still be what the issue asks for, by hand: each
//             row an accessible radio (name, checked, roving tab stop; brand, last 4, expiry and its
//             state words in one text node) with its delete button beside it, 3 elements; cards read
//             from the kit's query and deleted with react-query's useMutation through the kit's
//             client, leaving once the endpoint confirmed. No brand mark, badges, holder or CVV
//             elements, keyboard, focus, dialog or announcements: no feature on top can cost less.
//   adyen:    Adyen's Drop-in (adyen-web 6, Preact) with the same cards as stored payment methods and its
//             remove button; mounted and deleted through its UI (select, Remove, "Yes, remove"), timed by a
//             MutationObserver on its container. See runAdyen.
// Every component render is counted: run.mjs instruments src/components at build time so each
// component calls globalThis.__benchRender(name); the baseline calls it by hand. Commits are
// counted and timed through commit-hook.ts; <Profiler> adds the render work with --profiling.
import { commitListeners } from './commit-hook';
import { memo, Profiler, useCallback, useState, version, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cardAccessibleName,
  cardName,
  createSavedCardsClient,
  en,
  formatExpiry,
  SavedCards,
  SavedCardsProvider,
  savedCardsQueryOptions,
  type SavedCard,
  type SavedCardList,
} from '../../src/index';
import '../../src/styles/saved-cards.css';
import { redactText } from '../../src/core/masking';
import { brandMark } from '../../src/components/brand-mark';
import { AdyenCheckout, Card, Dropin } from '@adyen/adyen-web';
import adyenCss from '@adyen/adyen-web/styles/adyen.css?inline';
import { BENCH_CARD_COUNT, benchCards } from './cards';

export interface Sample {
  /** From `root.render` to the commit that shows the cards. */
  mountCommitMs: number;
  /** ...to the next frame (style, layout and paint included). */
  mountFrameMs: number;
  /** Commits from `root.render` until nothing is pending. */
  mountCommits: number;
  /** DOM elements the tree renders for the whole list. */
  elements: number;
  /** Sum of the Profiler's actualDuration over the mount's commits; null without --profiling. */
  mountRenderWorkMs: number | null;
  /** Renders per component name during the mount. */
  mountRenders: Record<string, number>;
  /** From the click that deletes (confirm, or the baseline's button) to the commit without the card. */
  deleteCommitMs: number;
  deleteFrameMs: number;
  /** Commits from the click until the card is gone. */
  deleteCommitsUntilGone: number;
  /** ...and until the backend confirmed and the list was refetched. */
  deleteCommitsUntilSettled: number;
  /** Sum of the Profiler's actualDuration over those commits; null without --profiling. */
  deleteRenderWorkMs: number | null;
  /** Renders per component name, from the click until the card is gone / until settled. */
  deleteRendersUntilGone: Record<string, number>;
  deleteRendersUntilSettled: Record<string, number>;
}

/** Adyen's Drop-in renders with Preact, so its commits and renders are not counted; the DOM is watched instead. */
export interface AdyenSample {
  /** `await AdyenCheckout(...)`: parsing the payment methods response and loading the (bundled) translations. */
  setupMs: number;
  /** From `new Dropin(...).mount()` to the mutation that shows every stored card. */
  mountCommitMs: number;
  mountFrameMs: number;
  elements: number;
  /** From the click on "Yes, remove" to the mutation that removes the card. */
  deleteCommitMs: number;
  deleteFrameMs: number;
}

export interface BenchSample {
  kit: Sample;
  baseline: Sample;
  handWritten: Sample;
  floor: Sample;
  adyen: AdyenSample;
}

declare global {
  var __benchRender: ((name: string) => void) | undefined;
  interface Window {
    benchInfo: () => { react: string; cards: number; mix: string; target: number };
    benchOnce: () => Promise<BenchSample>;
  }
}

const renders = new Map<string, number>();
globalThis.__benchRender = (name) => renders.set(name, (renders.get(name) ?? 0) + 1);

let commits = 0;
let onCommit: (() => void) | null = null;
commitListeners.add(() => {
  commits += 1;
  onCommit?.();
});
// Only called by the profiling build.
let renderDurations: number[] = [];
const onRender: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => {
  renderDurations.push(actualDuration);
};

function resetCounters() {
  commits = 0;
  renderDurations = [];
  renders.clear();
}

function snapshot(): Record<string, number> {
  return Object.fromEntries(renders);
}

/** Resolves with the time of the first commit (or now) where `predicate` holds. */
function untilCommit(predicate: () => boolean, what: string): Promise<number> {
  if (predicate()) return Promise.resolve(performance.now());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: timed out waiting for ${what}`)), 10_000);
    onCommit = () => {
      if (!predicate()) return;
      const at = performance.now();
      onCommit = null;
      clearTimeout(timer);
      resolve(at);
    };
  });
}

/** After the next frame has been rendered (rAF runs before style/layout/paint; the task after it, after). */
function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

async function settle(queryClient?: QueryClient) {
  while (queryClient && (queryClient.isMutating() > 0 || queryClient.isFetching() > 0)) await nextFrame();
  await nextFrame();
  await nextFrame();
}

function renderWork(): number | null {
  return renderDurations.length === 0 ? null : renderDurations.reduce((sum, duration) => sum + duration, 0);
}

// `npm run bench -- --cards N` loads the page with ?cards=N.
const cardCount = Number(new URLSearchParams(window.location.search).get('cards') ?? BENCH_CARD_COUNT);
if (!(Number.isInteger(cardCount) && cardCount >= 1)) throw new Error('bench: ?cards must be a whole number ≥ 1');

// The merchant's endpoint, in memory: answers the JSON contract at once.
const rawCards = benchCards(cardCount);
let stored = rawCards;
async function backend(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const path = new URL(String(input), window.location.href).pathname;
  if ((init?.method ?? 'GET') === 'DELETE') {
    const token = decodeURIComponent(path.split('/').pop() ?? '');
    stored = stored.filter((card) => card.token !== token);
    return new Response(null, { status: 204 });
  }
  return Response.json({ cards: stored });
}
const client = createSavedCardsClient({ endpoint: '/api/saved-cards', fetch: backend });
if (process.env.NODE_ENV !== 'production') throw new Error('bench: React must be its production build');
const list: SavedCardList = await client.listCards();
if (list.cards.length !== cardCount) throw new Error(`bench: expected ${cardCount} cards, got ${list.cards.length}`);

// The card every tree deletes: the first usable, deletable one from the middle of the list (card 500 of 1,000).
const TARGET = list.cards.findIndex(
  (card, index) => index >= Math.floor(cardCount / 2) && !card.isExpired && !card.deleteBlockedReason,
);
const target = list.cards[TARGET];
if (!target) throw new Error('bench: no usable, deletable card in the second half of the list');

type MountSample = Pick<
  Sample,
  'mountCommitMs' | 'mountFrameMs' | 'mountCommits' | 'elements' | 'mountRenderWorkMs' | 'mountRenders'
>;
type DeleteSample = Omit<Sample, keyof MountSample>;

/** Renders `tree` into a fresh root and times it until `shownSelector` is in the DOM. */
async function measureMount(tree: ReactNode, shownSelector: string, queryClient?: QueryClient) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  resetCounters();
  const start = performance.now();
  const shown = untilCommit(() => container.querySelector(shownSelector) !== null, `${shownSelector} to show`);
  root.render(tree);
  const commit = await shown;
  const frame = await nextFrame();
  await settle(queryClient);
  const sample: MountSample = {
    mountCommitMs: commit - start,
    mountFrameMs: frame - start,
    mountCommits: commits,
    elements: container.querySelectorAll('*').length,
    mountRenderWorkMs: renderWork(),
    mountRenders: snapshot(),
  };
  return { container, root, sample };
}

/** Clicks `control` and times it until `removed` has left the DOM, then until nothing is pending. */
async function measureDelete(
  control: HTMLElement,
  removed: HTMLElement,
  queryClient?: QueryClient,
): Promise<DeleteSample> {
  resetCounters();
  const start = performance.now();
  const gone = untilCommit(() => !removed.isConnected, 'the deleted card to leave');
  control.click();
  const commit = await gone;
  const commitsUntilGone = commits;
  const rendersUntilGone = snapshot();
  const frame = await nextFrame();
  await settle(queryClient);
  return {
    deleteCommitMs: commit - start,
    deleteFrameMs: frame - start,
    deleteCommitsUntilGone: commitsUntilGone,
    deleteCommitsUntilSettled: commits,
    deleteRenderWorkMs: renderWork(),
    deleteRendersUntilGone: rendersUntilGone,
    deleteRendersUntilSettled: snapshot(),
  };
}

/** The target card's radio and delete button in a list that renders the kit's markup. */
function targetRow(container: HTMLElement, tree: string) {
  const radio = [...container.querySelectorAll<HTMLElement>('[role="radio"]')].find((element) =>
    element.getAttribute('aria-label')?.includes(` ending in ${target!.last4},`),
  );
  const deleteButton = radio?.parentElement?.querySelector<HTMLElement>('[data-sc-part="delete"]');
  if (!radio || !deleteButton) throw new Error(`bench: ${tree} has no delete button for the target card`);
  return { radio, deleteButton };
}

/** Throws unless one card left both the list on screen and the in-memory backend. */
function expectOneDeleted(container: HTMLElement, tree: string) {
  const left = container.querySelectorAll('[role="radio"]').length;
  if (left !== cardCount - 1 || stored.length !== cardCount - 1) {
    throw new Error(`bench: after the delete ${tree} shows ${left} cards and the backend holds ${stored.length}`);
  }
}

async function runKit(): Promise<Sample> {
  stored = rawCards;
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  queryClient.setQueryData(savedCardsQueryOptions(client).queryKey, list);
  const tree = (
    <Profiler id="kit" onRender={onRender}>
      <SavedCardsProvider client={client} queryClient={queryClient}>
        <SavedCards allowDelete alwaysShowDelete />
      </SavedCardsProvider>
    </Profiler>
  );
  const { container, root, sample: mount } = await measureMount(tree, '[role="radio"]', queryClient);

  const shown = container.querySelectorAll('[role="radio"]').length;
  if (shown !== cardCount) throw new Error(`bench: the kit shows ${shown} cards`);
  const { radio, deleteButton } = targetRow(container, 'the kit');
  deleteButton.click();
  await untilCommit(() => container.querySelector('[role="alertdialog"]') !== null, 'the delete dialog');
  await settle(queryClient);
  const confirm = container.querySelector<HTMLElement>('[data-sc-part="confirm"]');
  if (!confirm) throw new Error('bench: no confirm button');

  const removal = await measureDelete(confirm, radio, queryClient);
  expectOneDeleted(container, 'the kit');
  root.unmount();
  container.remove();
  queryClient.clear();
  return { ...mount, ...removal };
}

// A card without an expiry shows none.
const expiryOf = (card: SavedCard) =>
  card.expiryMonth === undefined || card.expiryYear === undefined
    ? ''
    : formatExpiry(card.expiryMonth, card.expiryYear);

interface Row {
  token: string;
  brand: string;
  last4: string;
  expiry: string;
}

const rows: Row[] = list.cards.map((card) => ({
  token: card.token,
  brand: card.brand,
  last4: card.last4 ?? '',
  expiry: expiryOf(card),
}));

const BaselineRow = memo(function BaselineRow({ row, onDelete }: { row: Row; onDelete: (token: string) => void }) {
  globalThis.__benchRender?.('BaselineRow');
  return (
    <li>
      <span>{row.brand}</span> <span>•••• {row.last4}</span> <span>{row.expiry}</span>{' '}
      <button type="button" data-token={row.token} onClick={() => onDelete(row.token)}>
        Delete
      </button>
    </li>
  );
});

function BaselineList({ initial }: { initial: Row[] }) {
  globalThis.__benchRender?.('BaselineList');
  const [items, setItems] = useState(initial);
  const onDelete = useCallback(
    (token: string) => setItems((current) => current.filter((row) => row.token !== token)),
    [],
  );
  return (
    <ul>
      {items.map((row) => (
        <BaselineRow key={row.token} row={row} onDelete={onDelete} />
      ))}
    </ul>
  );
}

async function runBaseline(): Promise<Sample> {
  const tree = (
    <Profiler id="baseline" onRender={onRender}>
      <BaselineList initial={rows} />
    </Profiler>
  );
  const { container, root, sample: mount } = await measureMount(tree, 'li');
  const button = container.querySelector<HTMLElement>(`button[data-token="${target!.token}"]`);
  const item = button?.parentElement;
  if (!button || !item) throw new Error('bench: no baseline row for the target card');

  const removal = await measureDelete(button, item);
  const left = container.querySelectorAll('li').length;
  if (left !== cardCount - 1) throw new Error(`bench: after the delete the baseline shows ${left} rows`);
  root.unmount();
  container.remove();
  return { ...mount, ...removal };
}

// The kit's markup, written by hand (rendering only: no keyboard, focus, dialog or announcements).
// It uses the kit's own text and brand-mark helpers, so its DOM stays the kit's.

/** What the hand-written rows (the kit's markup, and the floor) take. */
interface RowProps {
  card: SavedCard;
  checked: boolean;
  tabbable: boolean;
  onChoose: (token: string) => void;
  onDelete: (token: string) => void;
}

const HandWrittenRow = memo(function HandWrittenRow({ card, checked, tabbable, onChoose, onDelete }: RowProps) {
  globalThis.__benchRender?.('HandWrittenRow');
  const brand = en.brands[card.brand];
  const expiry = expiryOf(card);
  const state = card.isExpired ? 'expired' : card.isExpiringSoon ? 'expiring' : 'active';
  const name = cardName(card, en);
  const label = cardAccessibleName(card, en);
  const holder =
    card.nickname && card.holderName
      ? (redactText(`${card.nickname} · ${card.holderName}`) ?? '')
      : (card.nickname ?? card.holderName ?? '');
  const cvv = card.cvvRequired && !card.isExpired;
  const blocked = card.deleteBlockedReason;
  const reason =
    blocked && (blocked.code === 'agreement' ? en.deleteBlockedAgreement : (blocked.message ?? en.deleteBlockedOther));
  const id = `hw-${card.token}`;
  return (
    <div data-sc-part="row" data-state={state}>
      <div
        role="radio"
        aria-checked={checked}
        aria-disabled={card.isExpired || undefined}
        aria-label={label}
        aria-describedby={[holder && `${id}h`, cvv && `${id}c`].filter(Boolean).join(' ') || undefined}
        data-sc-part="card"
        data-state={state}
        data-brand={card.brand}
        data-selected={checked || undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => {
          if (!card.isExpired) onChoose(card.token);
        }}
      >
        {brandMark(card.brand)}
        <span data-sc-part="details">
          <span data-sc-part="title">
            <span data-sc-part="brand-name">{brand}</span>{' '}
            <span data-sc-part="number" dir="ltr">
              •••• {card.last4}
            </span>
          </span>
          <span data-sc-part="expiry">
            Expires <bdi dir="ltr">{expiry}</bdi>
          </span>
          {holder && (
            <span id={`${id}h`} data-sc-part="holder">
              {holder}
            </span>
          )}
          {card.isPreferred && (
            <span data-sc-part="badge" data-kind="preferred">
              Preferred
            </span>
          )}
          {card.isExpired && (
            <span data-sc-part="badge" data-kind="expired">
              Expired
            </span>
          )}
          {card.isExpiringSoon && (
            <span data-sc-part="badge" data-kind="expiring">
              Expires soon
            </span>
          )}
          {cvv && (
            <span id={`${id}c`} data-sc-part="cvv-hint">
              {en.cvvHint}
            </span>
          )}
        </span>
      </div>
      <button
        type="button"
        aria-label={`Delete ${name}`}
        aria-disabled={blocked ? true : undefined}
        aria-describedby={reason ? `${id}r` : undefined}
        data-sc-part="delete"
        onClick={() => {
          if (!blocked) onDelete(card.token);
        }}
      >
        Delete
      </button>
      {reason && (
        <span id={`${id}r`} data-sc-part="blocked-reason">
          <bdi>{reason}</bdi>
        </span>
      )}
    </div>
  );
});

function HandWrittenList({ initial }: { initial: readonly SavedCard[] }) {
  globalThis.__benchRender?.('HandWrittenList');
  const [cards, setCards] = useState(initial);
  const [selected, setSelected] = useState(
    () =>
      (initial.find((card) => card.isPreferred && !card.isExpired) ?? initial.find((card) => !card.isExpired))?.token,
  );
  // Like the kit, a card leaves only once the endpoint confirmed its delete.
  const onDelete = useCallback(async (token: string) => {
    const response = await backend(`/api/saved-cards/${encodeURIComponent(token)}`, { method: 'DELETE' });
    if (response.ok) setCards((current) => current.filter((card) => card.token !== token));
  }, []);
  return (
    <section data-sc-root="" data-sc-part="root" aria-labelledby="hw-heading">
      <h2 id="hw-heading" data-sc-part="heading">
        Saved cards
      </h2>
      <div role="radiogroup" aria-labelledby="hw-heading" data-sc-part="list">
        {cards.map((card) => (
          <HandWrittenRow
            key={card.token}
            card={card}
            checked={card.token === selected}
            tabbable={card.token === selected}
            onChoose={setSelected}
            onDelete={onDelete}
          />
        ))}
      </div>
    </section>
  );
}

async function runHandWritten(): Promise<Sample> {
  stored = rawCards;
  const tree = (
    <Profiler id="handWritten" onRender={onRender}>
      <HandWrittenList initial={list.cards} />
    </Profiler>
  );
  const { container, root, sample: mount } = await measureMount(tree, '[role="radio"]');
  const { radio, deleteButton } = targetRow(container, 'the hand-written list');
  const removal = await measureDelete(deleteButton, radio);
  expectOneDeleted(container, 'the hand-written list');
  root.unmount();
  container.remove();
  return { ...mount, ...removal };
}

const FloorRow = memo(function FloorRow({ card, checked, tabbable, onChoose, onDelete }: RowProps) {
  globalThis.__benchRender?.('FloorRow');
  const name = cardName(card, en);
  const states = [
    card.isPreferred && en.badgePreferred,
    card.isExpired && en.badgeExpired,
    card.isExpiringSoon && en.badgeExpiringSoon,
  ];
  const text = [name, `Expires ${expiryOf(card)}`, ...states].filter(Boolean).join(' · ');
  return (
    <div data-sc-part="row">
      <div
        role="radio"
        aria-checked={checked}
        aria-disabled={card.isExpired || undefined}
        aria-label={cardAccessibleName(card, en)}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => {
          if (!card.isExpired) onChoose(card.token);
        }}
      >
        {text}
      </div>
      <button type="button" aria-label={`Delete ${name}`} data-sc-part="delete" onClick={() => onDelete(card.token)}>
        Delete
      </button>
    </div>
  );
});

function FloorList() {
  globalThis.__benchRender?.('FloorList');
  const queryClient = useQueryClient();
  const options = savedCardsQueryOptions(client);
  const cards = useQuery(options).data?.cards ?? [];
  const [selected, setSelected] = useState(
    () => (cards.find((card) => card.isPreferred && !card.isExpired) ?? cards.find((card) => !card.isExpired))?.token,
  );
  const { mutate } = useMutation({
    mutationFn: (token: string) => client.deleteCard(token),
    onSuccess: (_result, token) =>
      queryClient.setQueryData(
        options.queryKey,
        (current) => current && { ...current, cards: current.cards.filter((card) => card.token !== token) },
      ),
  });
  return (
    <div role="radiogroup" aria-label="Saved cards">
      {cards.map((card) => (
        <FloorRow
          key={card.token}
          card={card}
          checked={card.token === selected}
          tabbable={card.token === selected}
          onChoose={setSelected}
          onDelete={mutate}
        />
      ))}
    </div>
  );
}

async function runFloor(): Promise<Sample> {
  stored = rawCards;
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  queryClient.setQueryData(savedCardsQueryOptions(client).queryKey, list);
  const tree = (
    <Profiler id="floor" onRender={onRender}>
      <QueryClientProvider client={queryClient}>
        <FloorList />
      </QueryClientProvider>
    </Profiler>
  );
  const { container, root, sample: mount } = await measureMount(tree, '[role="radio"]', queryClient);
  const { radio, deleteButton } = targetRow(container, 'the floor list');
  const removal = await measureDelete(deleteButton, radio, queryClient);
  expectOneDeleted(container, 'the floor list');
  root.unmount();
  container.remove();
  queryClient.clear();
  return { ...mount, ...removal };
}

// Adyen's Drop-in (adyen-web 6) showing the same stored cards with its remove button, offline: analytics and the
// risk module off, en-US (the only locale bundled, others come from Adyen's CDN). run.mjs answers the brand
// logos (Adyen's CDN) with a local placeholder and aborts the rest: the analytics set-up request and, once a card
// is selected to remove it, its CVC iframe (outside the timed part).
const ADYEN_BRANDS: Record<string, string> = { mastercard: 'mc', unionpay: 'cup' };
const adyenBrand = (brand: string) => ADYEN_BRANDS[brand] ?? brand.toLowerCase();
const adyenStoredCards = list.cards.map((card) => ({
  id: card.token,
  type: 'scheme',
  name: en.brands[card.brand] ?? card.brand,
  brand: adyenBrand(card.brand),
  lastFour: card.last4 ?? '',
  expiryMonth: String(card.expiryMonth ?? 1).padStart(2, '0'),
  expiryYear: String(card.expiryYear ?? 2030),
  ...(card.holderName && { holderName: card.holderName }),
  supportedShopperInteractions: ['Ecommerce', 'ContAuth'],
  supportedRecurringProcessingModels: ['CardOnFile'],
}));
const adyenPaymentMethods = {
  paymentMethods: [{ type: 'scheme', name: 'Cards', brands: [...new Set(adyenStoredCards.map((card) => card.brand))] }],
  storedPaymentMethods: adyenStoredCards,
};

/** Resolves with the time of the first DOM mutation batch (or now) after which `predicate` holds. */
function untilMutation(container: HTMLElement, predicate: () => boolean, what: string): Promise<number> {
  if (predicate()) return Promise.resolve(performance.now());
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!predicate()) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench: timed out waiting for ${what}`));
    }, 30_000);
    observer.observe(container, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

async function runAdyen(): Promise<AdyenSample> {
  stored = rawCards;
  // Adyen's stylesheet applies only while Drop-in runs, so it does not tax the other trees' style work.
  const style = document.createElement('style');
  style.textContent = adyenCss;
  document.head.append(style);
  const container = document.createElement('div');
  document.body.append(container);
  await nextFrame();
  const storedItems = () =>
    container.querySelectorAll<HTMLElement>(
      '.adyen-checkout__payment-methods-list--storedPayments > .adyen-checkout__payment-method',
    );
  const setupStart = performance.now();
  const checkout = await AdyenCheckout({
    clientKey: 'test_BENCHBENCHBENCHBENCHBENCHBENCH',
    environment: 'test',
    countryCode: 'NL',
    locale: 'en-US',
    paymentMethodsResponse: adyenPaymentMethods,
    // Disabled, analytics still posts one minimal set-up request (aborted by run.mjs, which Drop-in only warns about).
    analytics: { enabled: false },
    // The risk module's device-fingerprint iframe.
    risk: { enabled: false },
  });
  const setupMs = performance.now() - setupStart;

  const start = performance.now();
  const shown = untilMutation(container, () => storedItems().length === cardCount, 'the stored cards to show');
  const dropin = new Dropin(checkout, {
    paymentMethodComponents: [Card],
    showStoredPaymentMethods: true,
    showRemovePaymentMethodButton: true,
    // Like the kit, nothing opens on its own: opening a stored card mounts its card form (and its CVC iframe).
    openFirstStoredPaymentMethod: false,
    openFirstPaymentMethod: false,
    onDisableStoredPaymentMethod: (id: string, resolve: () => void, reject: () => void) => {
      void backend(`/api/saved-cards/${encodeURIComponent(id)}`, { method: 'DELETE' }).then((response) =>
        response.ok ? resolve() : reject(),
      );
    },
  }).mount(container);
  const commit = await shown;
  const frame = await nextFrame();
  await settle();
  const elements = container.querySelectorAll('*').length;

  // Drop-in's remove flow: select the card, click Remove, then "Yes, remove".
  const item = [...storedItems()].find((element) => element.textContent?.includes(`•••• ${target!.last4}`));
  if (!item) throw new Error('bench: Drop-in shows no target card');
  const buttonNamed = (name: string) =>
    [...item.querySelectorAll<HTMLButtonElement>('button')].find(
      (button) => button.textContent?.trim() === name && !button.disabled,
    );
  item.click();
  await untilMutation(container, () => buttonNamed('Remove') !== undefined, "Drop-in's Remove button");
  buttonNamed('Remove')!.click();
  await untilMutation(container, () => buttonNamed('Yes, remove') !== undefined, "Drop-in's confirmation");
  await settle();

  const deleteStart = performance.now();
  const gone = untilMutation(container, () => !item.isConnected, 'the removed card to leave Drop-in');
  buttonNamed('Yes, remove')!.click();
  const deleteCommit = await gone;
  const deleteFrame = await nextFrame();
  await settle();
  const left = storedItems().length;
  if (left !== cardCount - 1 || stored.length !== cardCount - 1) {
    throw new Error(`bench: after the delete Drop-in shows ${left} cards and the backend holds ${stored.length}`);
  }
  dropin.unmount();
  container.remove();
  style.remove();
  return {
    setupMs,
    mountCommitMs: commit - start,
    mountFrameMs: frame - start,
    elements,
    deleteCommitMs: deleteCommit - deleteStart,
    deleteFrameMs: deleteFrame - deleteStart,
  };
}

function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}

window.benchInfo = () => {
  const count = (predicate: (card: SavedCard) => boolean) => list.cards.filter(predicate).length;
  const mix = [
    `${new Set(list.cards.map((card) => card.brand)).size} brands`,
    `${count((card) => card.isExpired)} expired`,
    `${count((card) => card.isExpiringSoon)} expiring soon`,
    `${count((card) => card.isPreferred)} preferred`,
    `${count((card) => Boolean(card.deleteBlockedReason))} delete-blocked`,
    `${count((card) => Boolean(card.nickname))} with nicknames`,
  ].join(', ');
  return { react: version, cards: list.cards.length, mix, target: TARGET };
};

window.benchOnce = async () => {
  collectGarbage();
  await nextFrame();
  const kit = await runKit();
  collectGarbage();
  await nextFrame();
  const baseline = await runBaseline();
  collectGarbage();
  await nextFrame();
  const handWritten = await runHandWritten();
  collectGarbage();
  await nextFrame();
  const floor = await runFloor();
  collectGarbage();
  await nextFrame();
  const adyen = await runAdyen();
  return { kit, baseline, handWritten, floor, adyen };
};

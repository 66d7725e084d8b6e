// The demo shop: a checkout (an order summary, the kit's saved-cards picker and a Pay button) and an account
// page (the kit's <ManageSavedCards>), over the demo merchant's backend (demo/server.ts → the kit's server
// handler → the provider sandbox).
// The kit is imported only through its public entries, as a merchant would.
import { QueryClient } from '@tanstack/react-query';
import { Fragment, StrictMode, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  createSavedCardsClient,
  formatMessage,
  ManageSavedCards,
  resolveMessages,
  REQUESTED_WITH_HEADER,
  REQUESTED_WITH_VALUE,
  SavedCards,
  SavedCardsProvider,
  type PaymentChoice,
  type PaymentOption,
  type SavedCardsLocale,
} from 'react-saved-cards';
import 'react-saved-cards/styles.css';
import { HostedCardForm, HostedCvc, type HostedReply } from './hosted-fields.tsx';
import { KIT_LANGUAGES, LOCALES, pageLocale } from './languages.ts';
import { demoMessages, formatAmount, orderTotal, PROVIDERS, type DemoMessages, type ProviderName } from './messages.ts';
import { CVC_RECOLLECTED, ENDPOINTS, FAULTS_PATH, PAY_PATHS, RESET_PATH } from './routes.ts';
import './styles.css';

type Theme = 'light' | 'dark';
type PageName = 'checkout' | 'account';

interface Settings {
  page: PageName;
  provider: ProviderName;
  locale: SavedCardsLocale;
  theme: Theme;
}

const PROVIDER_NAMES: Record<ProviderName, string> = {
  ottu: 'Ottu',
  payu: 'PayU India',
  stripe: 'Stripe',
  adyen: 'Adyen',
  checkout: 'Checkout.com',
  razorpay: 'Razorpay',
  'payu-storecard': 'PayU India (v2 storecard)',
  cashfree: 'Cashfree',
  juspay: 'Juspay',
  braintree: 'Braintree',
};

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

// The settings live in the URL (?page=account&provider=payu&lang=ar&theme=dark), so a reload keeps them.
function readSettings(): Settings {
  const query = new URLSearchParams(window.location.search);
  return {
    page: pick(query.get('page'), ['checkout', 'account'] as const, 'checkout'),
    provider: pick(query.get('provider'), PROVIDERS, 'ottu'),
    locale: pick(query.get('lang'), LOCALES, 'en'),
    theme: pick(query.get('theme'), ['light', 'dark'] as const, 'light'),
  };
}

function settingsQuery(settings: Settings): string {
  const query = new URLSearchParams({ provider: settings.provider, lang: settings.locale, theme: settings.theme });
  if (settings.page === 'account') query.set('page', 'account');
  return `?${query}`;
}

function writeSettings(settings: Settings): void {
  window.history.replaceState(null, '', settingsQuery(settings));
}

function applyToDocument({ page, locale, theme }: Settings, m: DemoMessages): void {
  const root = document.documentElement;
  root.lang = pageLocale(locale);
  root.dir = resolveMessages(KIT_LANGUAGES[pageLocale(locale)].messages).dir;
  root.dataset.theme = theme;
  document.title = `${page === 'account' ? m.account : m.checkout} · react-saved-cards demo`;
}

/** Fills `{name}` placeholders with nodes (so a card name can be isolated from the sentence's direction). */
function fill(template: string, values: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{values[part]}</Fragment>));
}

async function demoRequest(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: {
      [REQUESTED_WITH_HEADER]: REQUESTED_WITH_VALUE,
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });
  if (!response.ok) throw new Error(`demo: ${path} answered ${response.status}`);
  return response;
}

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string; lang?: string }[];
  onChange: (value: T) => void;
  describedBy?: string;
}

/** A labelled group of native radios: Tab enters it, arrows move and choose. */
function Choice<T extends string>({ legend, name, value, options, onChange, describedBy }: ChoiceProps<T>) {
  return (
    <fieldset className="choice" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function OrderSummary({ m, provider }: { m: DemoMessages; provider: ProviderName }) {
  const store = m.stores[provider];
  const headingId = useId();
  return (
    <section className="panel order" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.yourOrder}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.item}</th>
            <th scope="col" className="number">
              {m.quantity}
            </th>
            <th scope="col" className="number">
              {m.price}
            </th>
          </tr>
        </thead>
        <tbody>
          {store.lines.map((line) => (
            <tr key={line.name}>
              <td>{line.name}</td>
              <td className="number">{line.quantity}</td>
              <td className="number">
                <bdi>{formatAmount(line.amount, store)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {m.delivery}
            </th>
            <td className="number">
              <bdi>{formatAmount(store.delivery, store)}</bdi>
            </td>
          </tr>
          <tr className="total">
            <th scope="row" colSpan={2}>
              {m.total}
            </th>
            <td className="number">
              <bdi data-testid="order-total">{formatAmount(orderTotal(store), store)}</bdi>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

interface PaymentProps extends Settings {
  m: DemoMessages;
}

/** Where the sandbox's hosted fields live: the merchant's server says so (another origin than this page). */
function useHostedUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    demoRequest(PAY_PATHS.config)
      .then((response) => response.json() as Promise<{ hostedUrl: string }>)
      .then((body) => live && setUrl(body.hostedUrl))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return url;
}

/** A POST to the merchant's payment routes; a refusal becomes its sentence for the shopper. */
async function payRequest<T>(path: string, body: Record<string, string | undefined>): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { [REQUESTED_WITH_HEADER]: REQUESTED_WITH_VALUE, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(answer.error ?? `The shop's server answered ${response.status}.`);
  return answer;
}

/**
 * The sandbox's hosted card form (an iframe on its origin), as the checkout's "New card" and the account page's
 * "Add a card" use it: the sandbox's token is stored for the shopper through the merchant's route, then the kit
 * refetches the list and chooses (or focuses) the new card.
 */
function newCardPanel(
  { hostedUrl, theme, m, provider }: Pick<PaymentProps, 'theme' | 'm' | 'provider'> & { hostedUrl: string | null },
  step: { refreshAndChoose(token: string): Promise<void> },
) {
  return hostedUrl ? (
    <HostedCardForm
      hostedUrl={hostedUrl}
      theme={theme}
      text={{ title: m.cardFormTitle, save: m.saveCard, saving: m.savingCard }}
      onToken={async (token) => {
        let saved: string;
        try {
          saved = (await payRequest<{ token: string }>(PAY_PATHS.cards(provider), { token })).token;
        } catch (error) {
          throw new Error(
            formatMessage(m.saveFailed, { reason: error instanceof Error ? error.message : String(error) }),
          );
        }
        await step.refreshAndChoose(saved);
      }}
    />
  ) : (
    <p className="muted">{m.hostedLoading}</p>
  );
}

/** Mounted once per merchant and per reset (see its key), so each starts from a fresh cache. */
function Payment({ provider, locale, theme, m }: PaymentProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  const client = useMemo(() => createSavedCardsClient({ endpoint: ENDPOINTS[provider] }), [provider]);
  const hostedUrl = useHostedUrl();
  const [choice, setChoice] = useState<PaymentChoice | null>(null);
  const [ready, setReady] = useState(false);
  const [paying, setPaying] = useState(false);
  const [payError, setPayError] = useState('');
  const [paid, setPaid] = useState<{ amount: string; card: ReactNode; paymentId: string } | null>(null);
  const cvcSession = useRef<((token: string) => Promise<HostedReply>) | null>(null);
  // Stable, so the CVC frame registers once per mount.
  const setCvcSessionSource = useCallback((ask: ((token: string) => Promise<HostedReply>) | null) => {
    cvcSession.current = ask;
  }, []);
  const paidHeading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const store = m.stores[provider];
  const kitMessages = KIT_LANGUAGES[locale].messages;
  const kit = resolveMessages(kitMessages);
  const amount = formatAmount(orderTotal(store), store);
  const card = choice?.kind === 'card' ? choice.card : null;
  const requireCvc = CVC_RECOLLECTED.has(provider);
  // "Visa •••• 0026": the brand and the last 4 digits, never more ("Visa card" without them); the digits stay left to right in Arabic.
  const cardLabel = card && (
    <>
      {card.last4 === undefined ? (
        formatMessage(kit.cardNameWithoutNumber, { brand: kit.brands[card.brand] })
      ) : (
        <>
          {kit.brands[card.brand]} <bdi dir="ltr">{formatMessage(kit.maskedNumber, { last4: card.last4 })}</bdi>
        </>
      )}
    </>
  );

  useEffect(() => {
    if (paid) paidHeading.current?.focus();
  }, [paid]);

  async function pay() {
    if (!card || !cardLabel) return;
    setPaying(true);
    setPayError('');
    try {
      let session: string | undefined;
      if (card.cvvRequired || requireCvc) {
        const reply = await (cvcSession.current?.(card.token) ??
          Promise.resolve<HostedReply>({ type: 'error', message: m.hostedLoading }));
        if (reply.type !== 'cvc-session') throw new Error(reply.type === 'error' ? reply.message : m.hostedLoading);
        session = reply.session;
      }
      const { paymentId } = await payRequest<{ paymentId: string }>(PAY_PATHS.charges(provider), {
        token: card.token,
        cvcSession: session,
      });
      setPaid({ amount, card: cardLabel, paymentId });
    } catch (error) {
      setPayError(formatMessage(m.payFailed, { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPaying(false);
    }
  }

  const options: PaymentOption[] = [
    {
      value: 'new-card',
      label: m.newCard,
      description: m.newCardHelp,
      panel: (step) => newCardPanel({ hostedUrl, theme, m, provider }, step),
    },
  ];

  return (
    <section id="payment" className="panel payment" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{m.payment}</h2>
      <p className="muted">{m.paymentHelp}</p>
      <SavedCardsProvider client={client} queryClient={queryClient}>
        <SavedCards
          allowDelete
          messages={kitMessages}
          theme={theme}
          headingLevel={3}
          options={options}
          requireCvc={requireCvc}
          renderCvc={(chosen, field) =>
            hostedUrl ? (
              <HostedCvc
                key={chosen.token}
                hostedUrl={hostedUrl}
                theme={theme}
                brand={chosen.brand}
                title={m.cvcTitle}
                labelId={field.labelId}
                descriptionId={field.descriptionId}
                onCompleteChange={field.onCompleteChange}
                onSessionSource={setCvcSessionSource}
              />
            ) : (
              <p className="muted">{m.hostedLoading}</p>
            )
          }
          onValueChange={(chosen) => {
            setChoice(chosen);
            setPaid(null);
            setPayError('');
          }}
          onReadyChange={setReady}
        />
      </SavedCardsProvider>
      <button
        type="button"
        className="pay"
        disabled={!cardLabel || !ready || paying}
        aria-busy={paying || undefined}
        onClick={() => void pay()}
      >
        {paying
          ? m.paying
          : cardLabel
            ? fill(m.pay, { amount: <bdi>{amount}</bdi>, card: <bdi>{cardLabel}</bdi> })
            : m.chooseCard}
      </button>
      <p role="alert" className="pay-error">
        {payError}
      </p>
      {paid && (
        <section className="confirmation" aria-labelledby={`${headingId}-paid`} data-testid="confirmation">
          <h3 id={`${headingId}-paid`} ref={paidHeading} tabIndex={-1}>
            {m.paidTitle}
          </h3>
          <p>{fill(m.paidText, { amount: <bdi>{paid.amount}</bdi>, card: <bdi>{paid.card}</bdi> })}</p>
          <p data-testid="payment-id">
            {fill(m.paymentId, {
              id: (
                <bdi dir="ltr">
                  <code>{paid.paymentId}</code>
                </bdi>
              ),
            })}
          </p>
          <p className="muted">{formatMessage(m.paidNote, { provider: PROVIDER_NAMES[provider] })}</p>
        </section>
      )}
    </section>
  );
}

/** Where each merchant keeps the default card and card names, as the page explains it. */
const ACCOUNT_NOTE: Record<ProviderName, keyof DemoMessages> = {
  stripe: 'accountByProvider',
  checkout: 'accountDefaultOnly',
  ottu: 'accountByStore',
  payu: 'accountDeleteOnly',
  adyen: 'accountDeleteOnly',
  razorpay: 'accountDeleteOnly',
  'payu-storecard': 'accountDeleteOnly',
  cashfree: 'accountDeleteOnly',
  juspay: 'accountNamesOnly',
  braintree: 'accountDefaultOnly',
};

/** The account page's cards: set the default, name them, delete them, as this merchant's backend can. */
function Account({ provider, locale, theme, m }: PaymentProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }),
  );
  const client = useMemo(() => createSavedCardsClient({ endpoint: ENDPOINTS[provider] }), [provider]);
  const headingId = useId();
  const hostedUrl = useHostedUrl();
  return (
    <section id="cards" className="panel account" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{m.accountTitle}</h2>
      <p className="muted">
        {formatMessage(m[ACCOUNT_NOTE[provider]] as string, { provider: PROVIDER_NAMES[provider] })}
      </p>
      <SavedCardsProvider client={client} queryClient={queryClient}>
        <ManageSavedCards
          messages={KIT_LANGUAGES[locale].messages}
          theme={theme}
          headingLevel={3}
          addCard={{ panel: (step) => newCardPanel({ hostedUrl, theme, m, provider }, step) }}
        />
      </SavedCardsProvider>
    </section>
  );
}

function App() {
  const [settings, setSettings] = useState(readSettings);
  const [faults, setFaults] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState('');
  const m = demoMessages[pageLocale(settings.locale)];
  const helpId = useId();
  const demoHeadingId = useId();
  const store = m.stores[settings.provider];

  useEffect(() => {
    applyToDocument(settings, m);
    writeSettings(settings);
  }, [settings, m]);

  useEffect(() => {
    demoRequest(FAULTS_PATH)
      .then((response) => response.json() as Promise<{ enabled: boolean }>)
      .then((body) => setFaults(body.enabled))
      .catch(() => setStatus(m.controlFailed));
    // Once: the sandbox's state when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (change: Partial<Settings>) => setSettings((current) => ({ ...current, ...change }));

  async function switchFaults(enabled: boolean) {
    // Shown at once (a radio must follow the click); the server's answer has the last word.
    setFaults(enabled);
    try {
      const response = await demoRequest(FAULTS_PATH, { method: 'PUT', body: JSON.stringify({ enabled }) });
      const body = (await response.json()) as { enabled: boolean };
      setFaults(body.enabled);
      setStatus(body.enabled ? m.faultsNowOn : m.faultsNowOff);
    } catch {
      setFaults(!enabled);
      setStatus(m.controlFailed);
    }
  }

  async function reset() {
    try {
      await demoRequest(RESET_PATH, { method: 'POST' });
      setFaults(false);
      setGeneration((value) => value + 1);
      setStatus(m.resetDone);
    } catch {
      setStatus(m.controlFailed);
    }
  }

  return (
    <>
      <a className="skip" href={settings.page === 'account' ? '#cards' : '#payment'}>
        {settings.page === 'account' ? m.skipToCards : m.skipToPayment}
      </a>
      <header className="site">
        <p className="store">
          <span className="store-name">{store.name}</span> <span className="muted">· {store.place}</span>
        </p>
        <nav aria-label={m.pages}>
          {(['checkout', 'account'] as const).map((page) => (
            <a
              key={page}
              href={settingsQuery({ ...settings, page })}
              aria-current={settings.page === page ? 'page' : undefined}
            >
              {page === 'account' ? m.account : m.checkout}
            </a>
          ))}
        </nav>
        <p className="muted">{m.signedIn}</p>
      </header>
      <aside className="demo" aria-labelledby={demoHeadingId}>
        <h2 id={demoHeadingId}>{m.demoControls}</h2>
        <p>{m.demoIntro}</p>
        <div className="controls">
          <Choice
            legend={m.merchant}
            name="provider"
            value={settings.provider}
            options={[
              { value: 'ottu', label: m.merchantOttu },
              { value: 'payu', label: m.merchantPayu },
              { value: 'stripe', label: m.merchantStripe },
              { value: 'adyen', label: m.merchantAdyen },
              { value: 'checkout', label: m.merchantCheckout },
              { value: 'razorpay', label: m.merchantRazorpay },
              { value: 'payu-storecard', label: m.merchantPayuStorecard },
              { value: 'cashfree', label: m.merchantCashfree },
              { value: 'juspay', label: m.merchantJuspay },
              { value: 'braintree', label: m.merchantBraintree },
            ]}
            onChange={(provider) => update({ provider })}
          />
          <Choice
            legend={m.language}
            name="language"
            value={settings.locale}
            options={LOCALES.map((locale) => ({ value: locale, label: KIT_LANGUAGES[locale].name, lang: locale }))}
            onChange={(locale) => update({ locale })}
          />
          <Choice
            legend={m.theme}
            name="theme"
            value={settings.theme}
            options={[
              { value: 'light', label: m.themeLight },
              { value: 'dark', label: m.themeDark },
            ]}
            onChange={(theme) => update({ theme })}
          />
          <Choice
            legend={m.faults}
            name="faults"
            value={faults ? 'on' : 'off'}
            options={[
              { value: 'off', label: m.faultsOff },
              { value: 'on', label: m.faultsOn },
            ]}
            onChange={(value) => void switchFaults(value === 'on')}
            describedBy={helpId}
          />
          <button type="button" className="reset" onClick={() => void reset()}>
            {m.reset}
          </button>
        </div>
        <p id={helpId} className="help">
          {m.faultsHelp}
        </p>
        <p role="status" className="status">
          {status}
        </p>
      </aside>
      <main>
        <h1>{settings.page === 'account' ? m.account : m.checkout}</h1>
        {settings.page === 'account' ? (
          <Account key={`${settings.provider}:${generation}`} {...settings} m={m} />
        ) : (
          <div className="columns">
            <Payment key={`${settings.provider}:${generation}`} {...settings} m={m} />
            <OrderSummary m={m} provider={settings.provider} />
          </div>
        )}
      </main>
      <footer className="site">
        <p className="muted">{m.footer}</p>
      </footer>
    </>
  );
}

const settings = readSettings();
applyToDocument(settings, demoMessages[pageLocale(settings.locale)]);
const root = document.getElementById('root');
if (!root) throw new Error('demo: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

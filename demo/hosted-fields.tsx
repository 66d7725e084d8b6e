// The provider's hosted fields on the demo page, as a merchant mounts them: an iframe from the sandbox's origin
// (another port, so another origin), so the page's scripts cannot read the digits. The frame tells the page only
// whether it is complete and, when the page asks it to submit, a single-use token, a CVC session or a message.
// Messages go to and come from that one origin and that one frame (postMessage with a checked target origin).
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';

const SOURCE = 'sandbox-hosted';

type Reply =
  { type: 'token'; token: string } | { type: 'cvc-session'; session: string } | { type: 'error'; message: string };

interface FrameMessage {
  source: typeof SOURCE;
  type: string;
  id?: unknown;
  complete?: unknown;
  token?: unknown;
  session?: unknown;
  message?: unknown;
}

const isFrameMessage = (data: unknown): data is FrameMessage =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === SOURCE;

/** A reply the frame owes: answered by `id`, and given up after a while so the page never waits for ever. */
const REPLY_TIMEOUT_MS = 15_000;

/** The frame's address: its page on the sandbox, told which origin may embed it and talk to it. */
function frameSource(hostedUrl: string, path: 'card-form' | 'cvc', query: Record<string, string>): string {
  return `${hostedUrl}/${path}?${new URLSearchParams({ parent: window.location.origin, ...query })}`;
}

/**
 * Talks to one hosted frame: completeness goes to `onCompleteChange`, and the returned `submit` asks the frame for
 * its token or CVC session.
 */
function useHostedFrame(
  frame: RefObject<HTMLIFrameElement | null>,
  hostedUrl: string,
  onCompleteChange: (complete: boolean) => void,
): (extra?: { card: string }) => Promise<Reply> {
  const origin = new URL(hostedUrl).origin;
  const [pending] = useState(() => new Map<string, (reply: Reply) => void>());
  const report = useEffectEvent(onCompleteChange);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      // Only that origin, only that frame: another frame or window cannot speak for it.
      if (event.origin !== origin || event.source !== frame.current?.contentWindow || !isFrameMessage(event.data))
        return;
      const data = event.data;
      if (data.type === 'change') report(data.complete === true);
      if (typeof data.id !== 'string') return;
      const resolve = pending.get(data.id);
      if (!resolve) return;
      pending.delete(data.id);
      if (data.type === 'token' && typeof data.token === 'string') resolve({ type: 'token', token: data.token });
      else if (data.type === 'cvc-session' && typeof data.session === 'string')
        resolve({ type: 'cvc-session', session: data.session });
      else
        resolve({
          type: 'error',
          message: typeof data.message === 'string' ? data.message.slice(0, 200) : 'The card could not be checked.',
        });
    }
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      pending.clear();
    };
  }, [origin, frame, pending]);

  return (extra?: { card: string }) => {
    const target = frame.current?.contentWindow;
    if (!target) return Promise.resolve<Reply>({ type: 'error', message: 'The card form is not loaded yet.' });
    const id = crypto.randomUUID();
    return new Promise<Reply>((resolve) => {
      const timer = window.setTimeout(() => {
        pending.delete(id);
        resolve({ type: 'error', message: 'The card form did not answer. Try again.' });
      }, REPLY_TIMEOUT_MS);
      pending.set(id, (reply) => {
        window.clearTimeout(timer);
        resolve(reply);
      });
      target.postMessage({ source: SOURCE, type: 'submit', id, ...extra }, origin);
    });
  };
}

export interface HostedCardFormText {
  title: string;
  save: string;
  saving: string;
}

export interface HostedCardFormProps {
  hostedUrl: string;
  theme: 'light' | 'dark';
  text: HostedCardFormText;
  /** Stores the single-use token for the shopper (the merchant's server) and chooses the new card. */
  onToken(token: string): Promise<void>;
}

/** "New card": the sandbox's card form in its frame, and the page's own Save button under it. */
export function HostedCardForm({ hostedUrl, theme, text, onToken }: HostedCardFormProps) {
  const [complete, setComplete] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);
  const submit = useHostedFrame(frame, hostedUrl, (now) => {
    setComplete(now);
    if (now) setMessage('');
  });

  async function save() {
    setSaving(true);
    setMessage('');
    try {
      const reply = await submit();
      if (reply.type === 'token') await onToken(reply.token);
      else if (reply.type === 'error') setMessage(reply.message);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="hosted-card">
      <iframe
        ref={frame}
        src={frameSource(hostedUrl, 'card-form', { theme })}
        title={text.title}
        className="hosted-frame card-form"
      />
      <p role="alert" className="hosted-message" data-testid="card-form-message">
        {message}
      </p>
      <button
        type="button"
        className="save-card"
        disabled={!complete || saving}
        aria-busy={saving || undefined}
        onClick={() => void save()}
      >
        {saving ? text.saving : text.save}
      </button>
    </div>
  );
}

export interface HostedCvcProps {
  hostedUrl: string;
  theme: 'light' | 'dark';
  /** "amex" asks for 4 digits. */
  brand: string;
  title: string;
  labelId: string;
  descriptionId: string;
  onCompleteChange(complete: boolean): void;
  /** Gets the way to ask this frame for a CVC session for a card token while it is mounted, and `null` after. */
  onSessionSource(ask: ((token: string) => Promise<Reply>) | null): void;
}

/** The sandbox's CVC field for a saved card, in the kit's labelled CVC place under the chosen card. */
export function HostedCvc(props: HostedCvcProps) {
  const { hostedUrl, theme, brand, title, labelId, descriptionId, onCompleteChange, onSessionSource } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const submit = useHostedFrame(frame, hostedUrl, onCompleteChange);
  useEffect(() => {
    onSessionSource((token) => submit({ card: token }));
    return () => onSessionSource(null);
  }, [onSessionSource, submit]);
  return (
    <iframe
      ref={frame}
      src={frameSource(hostedUrl, 'cvc', { theme, ...(brand === 'amex' && { brand }) })}
      title={title}
      aria-labelledby={labelId}
      aria-describedby={descriptionId}
      className="hosted-frame cvc"
    />
  );
}

export type { Reply as HostedReply };

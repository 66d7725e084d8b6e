import { failureResponse, FAILURES, HttpFailure } from './failures';
import type { SavedCardsHandler } from './handler';

/** The parts of Node's `http.IncomingMessage` (or Express's `req`) the adapter reads. */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  method?: string | undefined;
  url?: string | undefined;
  /** Express keeps the full path here when a router strips its mount point from `url`. */
  originalUrl?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true`. Typed loosely: Node's `Socket` shares no declared property with it. */
  socket?: object | null | undefined;
  /** False while the body is still arriving (Node's `IncomingMessage.complete`). */
  readonly complete?: boolean;
  /** Closes the connection (Node's `IncomingMessage.destroy`). */
  destroy?(): unknown;
}

/** The parts of Node's `http.ServerResponse` (or Express's `res`) the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  readonly headersSent?: boolean;
  readonly writableFinished?: boolean;
  setHeader(name: string, value: string | readonly string[]): unknown;
  write(chunk: Uint8Array): unknown;
  end(): unknown;
  once(event: 'close' | 'finish', listener: () => void): unknown;
}

function toHeaders(raw: NodeRequestLike['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    // HTTP/2 pseudo-headers (":path") are not headers a Request accepts.
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function requestUrl(req: NodeRequestLike): string {
  const path = req.originalUrl ?? req.url ?? '/';
  const encrypted = (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true;
  const protocol = encrypted ? 'https' : 'http';
  const host = typeof req.headers.host === 'string' ? req.headers.host : 'localhost';
  try {
    return new URL(path, `${protocol}://${host}`).href;
  } catch {
    // A malformed Host header; only the path matters to the handler.
    return new URL(path, 'http://localhost').href;
  }
}

function bodyStream(req: NodeRequestLike): ReadableStream<Uint8Array> {
  const iterator = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : (value as Uint8Array));
    },
    // Not iterator.return(): destroying the request would close the socket before the 413 is written.
  });
}

/** A method no `Request` can carry: the handler's own answer (`refuseMethod`), else a plain 405. */
function refuse(handler: SavedCardsHandler, url: string, method: string): Response {
  if (handler.refuseMethod) return handler.refuseMethod(url, method);
  return failureResponse(new HttpFailure(FAILURES.methodNotAllowed, { headers: { Allow: 'GET, DELETE, PATCH' } }));
}

/**
 * Mounts a handler on Node's `http` server or Express: converts `IncomingMessage`
 * into a `Request` and writes the `Response` back. A method no `Request` can carry (TRACE) is answered by the
 * handler's `refuseMethod`, which `createSavedCardsHandler` gives it.
 *
 * @example
 * http.createServer(toNodeHandler(handler)).listen(3000, '127.0.0.1');
 * // Express: app.use('/api/saved-cards', toNodeHandler(handler));
 */
export function toNodeHandler(
  handler: SavedCardsHandler,
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const controller = new AbortController();
    // The shopper went away: stop waiting for the provider.
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const url = requestUrl(req);
    let request: Request | undefined;
    try {
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const init: RequestInit & { duplex?: 'half' } = {
        method,
        headers: toHeaders(req.headers),
        signal: controller.signal,
        ...(hasBody && { body: bodyStream(req), duplex: 'half' as const }),
      };
      request = new Request(url, init);
    } catch {
      // TRACE, CONNECT and TRACK have no WHATWG Request; the handler still answers them (405).
    }
    let response: Response;
    try {
      response = request ? await handler(request) : refuse(handler, url, method);
    } catch {
      response = failureResponse(new HttpFailure(FAILURES.internal));
    }
    if (res.headersSent) return;
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) res.setHeader('set-cookie', cookies);
    // Answered before the body arrived (its deadline passed, or it was too large): once the answer is out,
    // the connection is closed, so a client that stalls its body cannot hold it until Node's own timeout.
    if (req.complete === false) {
      res.setHeader('connection', 'close');
      res.once('finish', () => req.destroy?.());
    }
    if (response.body && method !== 'HEAD') {
      for await (const chunk of response.body) res.write(chunk);
    }
    res.end();
  };
}

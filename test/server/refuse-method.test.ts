import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSavedCardsHandler, memoryProvider, toNodeHandler, type SavedCardsServerEvent } from '../../src/server';

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function trace(handler: Parameters<typeof toNodeHandler>[0], path: string) {
  const server = http.createServer(toNodeHandler(handler));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method: 'TRACE' }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('refuseMethod: what toNodeHandler answers for a method no Request can carry', () => {
  it('is the handler’s own answer: a card path’s 405 allows DELETE and PATCH, and the event names the route', () => {
    const seen: SavedCardsServerEvent[] = [];
    const handler = createSavedCardsHandler({
      provider: memoryProvider({ cards: {} }),
      getCustomerId: () => 'customer-1',
      onError: (event) => seen.push(event),
    });
    const response = handler.refuseMethod?.('https://shop.example/api/saved-cards/tok_1', 'TRACE');
    expect(response?.status).toBe(405);
    expect(response?.headers.get('Allow')).toBe('DELETE, PATCH');
    expect(seen).toEqual([expect.objectContaining({ method: 'TRACE', route: 'delete', status: 405 })]);
  });

  it('answers a path that is not the handler’s with its 404', () => {
    const handler = createSavedCardsHandler({
      provider: memoryProvider({ cards: {} }),
      getCustomerId: () => 'customer-1',
    });
    expect(handler.refuseMethod?.('https://shop.example/elsewhere', 'TRACE').status).toBe(404);
  });

  it('leaves a handler you wrote yourself a plain 405 through toNodeHandler', async () => {
    const answer = await trace(async () => new Response(null, { status: 204 }), '/api/saved-cards');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, DELETE, PATCH');
  });
});

// sqlPreferences against real engines: SQLite through better-sqlite3 (a file in a temporary folder), and
// the PostgreSQL server that test/database/postgres-server.ts started for this run, through node-postgres.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { freePort } from '../../scripts/free-port.mjs';
import {
  createSavedCardsHandler,
  memoryProvider,
  preferencesSchema,
  sqlPreferences,
  type SavedCardsPreferences,
  type SqlDialect,
  type SqlQuery,
} from '../../src/server';

interface Opened {
  store: SavedCardsPreferences;
  query: SqlQuery;
  /** How many rows of the customer say they are the default, counted by the database itself. */
  countDefaults(customerId: string): Promise<number>;
  close(): Promise<void>;
}

interface Engine {
  dialect: SqlDialect;
  /** A connection to the engine's database, the table created when missing. */
  open(table: string): Promise<Opened>;
  /** A connection to a database that cannot be reached. */
  down(): Promise<SqlQuery>;
}

const folder = mkdtempSync(join(tmpdir(), 'saved-cards-sqlite-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sqlite: Engine = {
  dialect: 'sqlite',
  async open(table) {
    const db = new Database(join(folder, 'preferences.sqlite'));
    db.pragma('journal_mode = WAL');
    for (const statement of preferencesSchema('sqlite', table)) db.exec(statement);
    // An asynchronous client, as a driver that waits on I/O is: other requests' statements run between
    // this store's awaits, so its changes can interleave on the one connection unless it orders them.
    const query: SqlQuery = async (sql, params) => {
      await new Promise((resolve) => setImmediate(resolve));
      const statement = db.prepare(sql);
      return statement.reader ? statement.all(params) : statement.run(params);
    };
    return {
      store: sqlPreferences({ dialect: 'sqlite', query, table }),
      query,
      countDefaults: async (customerId) =>
        (
          db
            .prepare(`SELECT count(*) AS count FROM "${table}" WHERE customer_id = ? AND is_default = 1`)
            .get(customerId) as {
            count: number;
          }
        ).count,
      close: async () => void db.close(),
    };
  },
  async down() {
    const db = new Database(join(folder, 'preferences.sqlite'));
    db.close();
    return (sql, params) => db.prepare(sql).all(params);
  },
};

const postgres: Engine = {
  dialect: 'postgres',
  async open(table) {
    // As many connections as concurrent requests, so the race runs in the server, not in a client queue.
    const pool = new pg.Pool({ connectionString: inject('postgresUrl'), max: 20 });
    for (const statement of preferencesSchema('postgres', table)) await pool.query(statement);
    const query: SqlQuery = (sql, params) => pool.query(sql, params).then((result) => result.rows);
    return {
      store: sqlPreferences({ dialect: 'postgres', query, table }),
      query,
      countDefaults: async (customerId) =>
        (
          await pool.query<{ count: number }>(
            `SELECT count(*)::int AS count FROM "${table}" WHERE customer_id = $1 AND is_default`,
            [customerId],
          )
        ).rows[0]?.count ?? -1,
      close: () => pool.end(),
    };
  },
  async down() {
    // A port nothing listens on: every query is refused.
    const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${await freePort()}/postgres` });
    onTestFinished(() => pool.end());
    return (sql, params) => pool.query(sql, params).then((result) => result.rows);
  },
};

let tables = 0;
/** A table of its own for each test, so tests share the engine but no rows. */
function nextTable(engine: Engine) {
  tables += 1;
  return `preferences_${engine.dialect}_${tables}`;
}

const TOKENS = Array.from({ length: 20 }, (_, index) => `tok_${index + 1}`);

describe.each([sqlite, postgres])('sqlPreferences on $dialect', (engine) => {
  let opened: Opened;
  let table: string;
  beforeEach(async () => {
    table = nextTable(engine);
    opened = await engine.open(table);
    return () => opened.close();
  });

  it('reads nothing for a new customer, then the default and the names it was given', async () => {
    const { store } = opened;
    const listed = ['tok_1', 'tok_2', 'tok_3'];
    expect(await store.get('customer-1')).toEqual({ defaultToken: undefined, nicknames: {} });
    await store.setDefault('customer-1', 'tok_2', listed);
    await store.setNickname('customer-1', 'tok_1', '  Work card ', listed);
    await store.setNickname('customer-1', 'tok_2', 'Travel', listed);
    expect(await store.get('customer-1')).toEqual({
      defaultToken: 'tok_2',
      nicknames: { tok_1: 'Work card', tok_2: 'Travel' },
    });
    // Moving the default keeps the names; renaming keeps the default.
    await store.setDefault('customer-1', 'tok_3', listed);
    await store.setNickname('customer-1', 'tok_2', 'Holidays', listed);
    expect(await store.get('customer-1')).toEqual({
      defaultToken: 'tok_3',
      nicknames: { tok_1: 'Work card', tok_2: 'Holidays' },
    });
    expect(await opened.countDefaults('customer-1')).toBe(1);
    // Another customer's rows are their own.
    expect(await store.get('customer-2')).toEqual({ defaultToken: undefined, nicknames: {} });
  });

  it('a write drops the rows of tokens the customer no longer has', async () => {
    const { store } = opened;
    await store.setNickname('customer-1', 'tok_1', 'Work', ['tok_1', 'tok_2']);
    await store.setDefault('customer-1', 'tok_2', ['tok_1', 'tok_2']);
    await store.setNickname('customer-2', 'tok_2', 'Not yours', ['tok_2']);
    // tok_2 was deleted at the provider; tok_3 was added.
    await store.setNickname('customer-1', 'tok_3', 'New', ['tok_1', 'tok_3']);
    expect(await store.get('customer-1')).toEqual({
      defaultToken: undefined,
      nicknames: { tok_1: 'Work', tok_3: 'New' },
    });
    expect(await opened.countDefaults('customer-1')).toBe(0);
    expect(await store.get('customer-2')).toEqual({ defaultToken: undefined, nicknames: { tok_2: 'Not yours' } });
  });

  it('20 concurrent "make default" for one customer, 10 rounds: every one succeeds, and exactly one default is left', async () => {
    const { store } = opened;
    for (let round = 0; round < 10; round += 1) {
      const results = await Promise.allSettled(TOKENS.map((token) => store.setDefault('customer-1', token, TOKENS)));
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      expect(await opened.countDefaults('customer-1')).toBe(1);
      expect(TOKENS).toContain((await store.get('customer-1')).defaultToken);
    }
  }, 60_000);

  it('stores SQL-looking names and customer ids literally, as bound values', async () => {
    const { store } = opened;
    const customer = `o'brien"; DROP TABLE "${table}"; --`;
    const name = `Robert'); DROP TABLE x;--`;
    await store.setNickname(customer, `tok_'1`, name, [`tok_'1`]);
    await store.setDefault(customer, `tok_'1`, [`tok_'1`]);
    expect(await store.get(customer)).toEqual({ defaultToken: `tok_'1`, nicknames: { [`tok_'1`]: name } });
    expect(await store.get('customer-1')).toEqual({ defaultToken: undefined, nicknames: {} });
  });

  it('checks names on the way in (a card number is refused, nothing written) and on the way out', async () => {
    const { store, query } = opened;
    await expect(store.setNickname('customer-1', 'tok_1', '4111 1111 1111 1111', ['tok_1'])).rejects.toMatchObject({
      kind: 'invalid-nickname',
    });
    expect(await store.get('customer-1')).toEqual({ defaultToken: undefined, nicknames: {} });
    // A row written around the store, by hand or by an older version: its name is not read.
    const insert = `INSERT INTO "${table}" (customer_id, token, nickname) VALUES`;
    await query(engine.dialect === 'postgres' ? `${insert} ($1, $2, $3)` : `${insert} (?, ?, ?)`, [
      'customer-1',
      'tok_1',
      '4111 1111 1111 1111',
    ]);
    expect(await store.get('customer-1')).toEqual({ defaultToken: undefined, nicknames: {} });
  });

  it('refuses a table name that is not a plain identifier, before any SQL runs', async () => {
    const query = vi.fn();
    for (const bad of [
      `prefs"; DROP TABLE users; --`,
      `prefs'`,
      'my prefs',
      '1prefs',
      'sqlite_prefs',
      '',
      'p'.repeat(49),
    ]) {
      expect(() => sqlPreferences({ dialect: engine.dialect, query, table: bad })).toThrow(TypeError);
      expect(() => preferencesSchema(engine.dialect, bad)).toThrow(TypeError);
    }
    expect(query).not.toHaveBeenCalled();
  });

  it('a database that is down is a 500 preferences-failed, with nothing of its error in the answer', async () => {
    const store = sqlPreferences({ dialect: engine.dialect, query: await engine.down() });
    const events: { route: string | null; status: number; code: string }[] = [];
    const handler = createSavedCardsHandler({
      provider: memoryProvider({
        cards: { 'customer-1': [{ token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037 }] },
      }),
      preferences: store,
      getCustomerId: () => 'customer-1',
      onError: ({ route, status, code }) => void events.push({ route, status, code }),
    });
    const headers = { 'X-Requested-With': 'react-saved-cards', 'Content-Type': 'application/json' };
    const url = 'http://127.0.0.1/api/saved-cards';
    const answers = [
      await handler(new Request(url, { headers })),
      await handler(new Request(`${url}/tok_1`, { method: 'PATCH', body: '{"isPreferred":true}', headers })),
      await handler(new Request(`${url}/tok_1`, { method: 'PATCH', body: '{"nickname":"Work"}', headers })),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([500, 500, 500]);
    for (const answer of answers) {
      expect(await answer.json()).toEqual({
        error: { code: 'preferences-failed', message: 'Something went wrong. Please try again.' },
      });
    }
    expect(events).toEqual([
      { route: 'list', status: 500, code: 'preferences-failed' },
      { route: 'update', status: 500, code: 'preferences-failed' },
      { route: 'update', status: 500, code: 'preferences-failed' },
    ]);
  });

  it('keeps everything across a restart: closed, opened again, read by a new store', async () => {
    await opened.store.setDefault('customer-1', 'tok_2', ['tok_1', 'tok_2']);
    await opened.store.setNickname('customer-1', 'tok_1', 'Work', ['tok_1', 'tok_2']);
    await opened.close();
    opened = await engine.open(table);
    expect(await opened.store.get('customer-1')).toEqual({ defaultToken: 'tok_2', nicknames: { tok_1: 'Work' } });
  });

  it('behind the handler, a provider that keeps neither gets a default and names that last', async () => {
    const handler = createSavedCardsHandler({
      provider: memoryProvider({
        cards: {
          'customer-1': [
            { token: 'tok_1', brand: 'visa', last4: '4242', expiryMonth: 5, expiryYear: 2037, isPreferred: true },
            { token: 'tok_2', brand: 'mastercard', last4: '4444', expiryMonth: 1, expiryYear: 2036 },
          ],
        },
      }),
      preferences: opened.store,
      getCustomerId: () => 'customer-1',
    });
    const headers = { 'X-Requested-With': 'react-saved-cards', 'Content-Type': 'application/json' };
    const url = 'http://127.0.0.1/api/saved-cards';
    const patch = (body: string) => handler(new Request(`${url}/tok_2`, { method: 'PATCH', body, headers }));
    expect((await patch('{"isPreferred":true}')).status).toBe(204);
    expect((await patch('{"nickname":"Travel"}')).status).toBe(204);
    const { cards } = (await (await handler(new Request(url, { headers }))).json()) as {
      cards: { token: string; isPreferred: boolean; nickname?: string }[];
    };
    expect(cards.map((card) => [card.token, card.isPreferred, card.nickname])).toEqual([
      ['tok_2', true, 'Travel'],
      ['tok_1', false, undefined],
    ]);
  });
});

it('reads the default from an SQLite client that returns integers as bigints', async () => {
  const db = new Database(join(folder, 'bigints.sqlite'));
  db.defaultSafeIntegers(true);
  for (const statement of preferencesSchema('sqlite')) db.exec(statement);
  const store = sqlPreferences({
    dialect: 'sqlite',
    query: (sql, params) => {
      const statement = db.prepare(sql);
      return statement.reader ? statement.all(params) : statement.run(params);
    },
  });
  await store.setDefault('customer-1', 'tok_1', ['tok_1']);
  expect(await store.get('customer-1')).toEqual({ defaultToken: 'tok_1', nicknames: {} });
  db.close();
});

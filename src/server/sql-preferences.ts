import { checkNickname } from '../core/nickname';
import type { CardPreferences, SavedCardsPreferences } from './preferences';

/** The SQL databases `sqlPreferences` speaks to. */
export type SqlDialect = 'postgres' | 'sqlite';

/** A value bound to a statement's parameter: only strings and null are sent. */
export type SqlValue = string | null;

/**
 * Your database client, as one function: run `sql` with `params` bound to its placeholders (`$1` for
 * PostgreSQL, `?` for SQLite) and return, or resolve to, the rows of a `SELECT` as plain objects.
 * What it returns for other statements is ignored.
 */
export type SqlQuery = (sql: string, params: SqlValue[]) => unknown;

/** What `sqlPreferences` needs: which SQL the database speaks, and how to run a statement on it. */
export interface SqlPreferencesOptions {
  dialect: SqlDialect;
  /** For PostgreSQL any pool; for SQLite one connection (the store runs each change as one transaction on it). */
  query: SqlQuery;
  /** Letters, digits and `_`, at most 48, not starting with `sqlite_`; `saved_card_preferences` unless given. */
  table?: string;
}

const DEFAULT_TABLE = 'saved_card_preferences';
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/** The table's identifiers, quoted; the name is checked first, so it is never SQL from outside. */
function names(table: string = DEFAULT_TABLE) {
  // SQLite keeps names starting with sqlite_ for itself.
  if (typeof table !== 'string' || !TABLE_NAME.test(table) || /^sqlite_/i.test(table)) {
    throw new TypeError(
      'sqlPreferences: `table` must be letters, digits and underscores (at most 48, not starting with a digit or sqlite_)',
    );
  }
  return { table: `"${table}"`, index: `"${table}_one_default"`, change: `"${table}_change"`, lockKey: `'${table}'` };
}

/**
 * The statements that create the store's table (and, for PostgreSQL, the function each change runs in),
 * safe to run on every start. One row per saved card a shopper set something on: customer id, token,
 * whether it is the default, its name, and when the row was created and last changed. No card data.
 *
 * @example
 * for (const statement of preferencesSchema('postgres')) await pool.query(statement);
 */
export function preferencesSchema(dialect: SqlDialect, table?: string): string[] {
  const quoted = names(table);
  if (dialect === 'sqlite') {
    return [
      `CREATE TABLE IF NOT EXISTS ${quoted.table} (
  customer_id TEXT NOT NULL,
  token TEXT NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  nickname TEXT,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (customer_id, token)
) WITHOUT ROWID`,
      `CREATE UNIQUE INDEX IF NOT EXISTS ${quoted.index} ON ${quoted.table} (customer_id) WHERE is_default = 1`,
    ];
  }
  if (dialect !== 'postgres') throw new TypeError(`sqlPreferences: dialect must be 'postgres' or 'sqlite'`);
  return [
    `CREATE TABLE IF NOT EXISTS ${quoted.table} (
  customer_id text NOT NULL,
  token text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  nickname text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, token)
)`,
    `CREATE UNIQUE INDEX IF NOT EXISTS ${quoted.index} ON ${quoted.table} (customer_id) WHERE is_default`,
    // One statement per change, so one transaction on any pooled connection. The lock makes a second
    // change for the same customer wait, and its statements then see the first one's rows.
    `CREATE OR REPLACE FUNCTION ${quoted.change}(
  p_customer_id text, p_token text, p_listed json, p_make_default boolean, p_nickname text
) RETURNS void LANGUAGE plpgsql AS $change$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(${quoted.lockKey}), hashtext(p_customer_id));
  DELETE FROM ${quoted.table}
    WHERE customer_id = p_customer_id AND token NOT IN (SELECT json_array_elements_text(p_listed));
  IF p_make_default THEN
    UPDATE ${quoted.table} SET is_default = false, updated_at = now()
      WHERE customer_id = p_customer_id AND is_default AND token <> p_token;
    INSERT INTO ${quoted.table} (customer_id, token, is_default) VALUES (p_customer_id, p_token, true)
      ON CONFLICT (customer_id, token) DO UPDATE SET is_default = true, updated_at = now();
  ELSE
    INSERT INTO ${quoted.table} (customer_id, token, nickname) VALUES (p_customer_id, p_token, p_nickname)
      ON CONFLICT (customer_id, token) DO UPDATE SET nickname = EXCLUDED.nickname, updated_at = now();
  END IF;
END
$change$`,
  ];
}

/** A stored row, read as untrusted: anything of the wrong shape is left out. */
function readRows(rows: unknown): CardPreferences {
  if (!Array.isArray(rows)) throw new TypeError('sqlPreferences: query must return the rows of a SELECT as an array');
  let defaultToken: string | undefined;
  const nicknames: [string, string][] = [];
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null) continue;
    const { token, is_default: isDefault, nickname } = row as Record<string, unknown>;
    if (typeof token !== 'string') continue;
    if (isDefault === true || isDefault === 1 || isDefault === 1n) defaultToken = token;
    if (typeof nickname !== 'string') continue;
    try {
      nicknames.push([token, checkNickname(nickname)]);
    } catch {
      // A row written around the store: its name is not shown.
    }
  }
  return { defaultToken, nicknames: Object.fromEntries(nicknames) };
}

/**
 * A preferences store in your SQL database (PostgreSQL or SQLite), through your own client. One change
 * is one transaction, and the schema's partial unique index keeps one default per customer, so two
 * "Make default" at once end with exactly one. Names pass `checkNickname` on the way in and out; every
 * value is a bound parameter. Create the table first with {@link preferencesSchema}.
 *
 * @example
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const preferences = sqlPreferences({
 *   dialect: 'postgres',
 *   query: (sql, params) => pool.query(sql, params).then((result) => result.rows),
 * });
 */
export function sqlPreferences(options: SqlPreferencesOptions): SavedCardsPreferences {
  const { dialect, query } = options;
  const quoted = names(options.table);
  const select = `SELECT token, is_default, nickname FROM ${quoted.table} WHERE customer_id = `;

  if (dialect === 'postgres') {
    const change = async (customerId: string, token: string, listed: readonly string[], nickname: string | null) => {
      await query(`SELECT ${quoted.change}($1, $2, $3::json, $4::boolean, $5)`, [
        customerId,
        token,
        JSON.stringify(listed),
        nickname === null ? 'true' : 'false',
        nickname,
      ]);
    };
    return {
      get: async (customerId) => readRows(await query(`${select}$1`, [customerId])),
      setDefault: (customerId, token, listed) => change(customerId, token, listed, null),
      setNickname: async (customerId, token, nickname, listed) =>
        change(customerId, token, listed, checkNickname(nickname)),
    };
  }
  if (dialect !== 'sqlite') throw new TypeError(`sqlPreferences: dialect must be 'postgres' or 'sqlite'`);

  // One connection runs one transaction at a time: this store's work waits for its own previous work.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  }
  const change = (customerId: string, listed: readonly string[], writes: () => [string, SqlValue[]][]) =>
    serially(async () => {
      const statements = writes();
      // IMMEDIATE takes the write lock now, so another process's change waits instead of failing midway.
      await query('BEGIN IMMEDIATE', []);
      try {
        await query(
          `DELETE FROM ${quoted.table} WHERE customer_id = ? AND token NOT IN (SELECT value FROM json_each(?))`,
          [customerId, JSON.stringify(listed)],
        );
        for (const [sql, params] of statements) await query(sql, params);
        await query('COMMIT', []);
      } catch (error) {
        try {
          await query('ROLLBACK', []);
        } catch {
          // The first failure is the one to report.
        }
        throw error;
      }
    });
  return {
    get: (customerId) => serially(async () => readRows(await query(`${select}?`, [customerId]))),
    setDefault: (customerId, token, listed) =>
      change(customerId, listed, () => [
        [
          `UPDATE ${quoted.table} SET is_default = 0, updated_at = CURRENT_TIMESTAMP
  WHERE customer_id = ? AND is_default = 1 AND token <> ?`,
          [customerId, token],
        ],
        [
          `INSERT INTO ${quoted.table} (customer_id, token, is_default) VALUES (?, ?, 1)
  ON CONFLICT (customer_id, token) DO UPDATE SET is_default = 1, updated_at = CURRENT_TIMESTAMP`,
          [customerId, token],
        ],
      ]),
    setNickname: (customerId, token, nickname, listed) =>
      change(customerId, listed, () => [
        [
          `INSERT INTO ${quoted.table} (customer_id, token, nickname) VALUES (?, ?, ?)
  ON CONFLICT (customer_id, token) DO UPDATE SET nickname = excluded.nickname, updated_at = CURRENT_TIMESTAMP`,
          [customerId, token, checkNickname(nickname)],
        ],
      ]),
  };
}

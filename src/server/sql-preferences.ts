import { checkNickname } from '../core/nickname';
import type { CardPreferences, SavedCardsPreferences } from './preferences';
import { names, type SqlDialect } from './sql-schema';

export { preferencesSchema, type SqlDialect } from './sql-schema';

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
  const quoted = names(options.table);
  if (options.dialect === 'postgres') return postgresPreferences(options.query, quoted);
  if (options.dialect !== 'sqlite') throw new TypeError(`sqlPreferences: dialect must be 'postgres' or 'sqlite'`);
  return sqlitePreferences(options.query, quoted);
}

type Names = ReturnType<typeof names>;
const selectFrom = (quoted: Names) => `SELECT token, is_default, nickname FROM ${quoted.table} WHERE customer_id = `;

/** Each change is one call of the schema's function: one statement, so one transaction on any pooled connection. */
function postgresPreferences(query: SqlQuery, quoted: Names): SavedCardsPreferences {
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
    get: async (customerId) => readRows(await query(`${selectFrom(quoted)}$1`, [customerId])),
    setDefault: (customerId, token, listed) => change(customerId, token, listed, null),
    setNickname: async (customerId, token, nickname, listed) =>
      change(customerId, token, listed, checkNickname(nickname)),
  };
}

function sqlitePreferences(query: SqlQuery, quoted: Names): SavedCardsPreferences {
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
    get: (customerId) => serially(async () => readRows(await query(`${selectFrom(quoted)}?`, [customerId]))),
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

/** The SQL databases `sqlPreferences` speaks to. */
export type SqlDialect = 'postgres' | 'sqlite';

const DEFAULT_TABLE = 'saved_card_preferences';
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/** The table's identifiers, quoted; the name is checked first, so it is never SQL from outside. */
export function names(table: string = DEFAULT_TABLE) {
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

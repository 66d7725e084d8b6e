declare const process: { env?: { NODE_ENV?: string } } | undefined;

// Bundlers replace `process.env.NODE_ENV` in dependencies; the typeof guard keeps
// an unbundled browser (no `process`) from crashing.
const isProduction = typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';

/**
 * A development-only console warning. Callers pass fixed text plus indexes and
 * field names, never a card number, token or backend string.
 */
export function devWarning(message: string): void {
  if (!isProduction) console.warn(`[react-saved-cards] ${message}`);
}

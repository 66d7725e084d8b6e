declare const process: { env: { NODE_ENV?: string } };

/**
 * True outside production builds. Bundlers replace `process.env.NODE_ENV`, as they do for
 * React and react-query, so production bundles drop every development-only branch.
 */
export const isDevelopment: boolean = process.env.NODE_ENV !== 'production';

/**
 * A development-only console warning. Callers pass fixed text plus indexes and
 * field names, never a card number, token or backend string.
 */
export function devWarning(message: string): void {
  if (isDevelopment) console.warn(`[react-saved-cards] ${message}`);
}

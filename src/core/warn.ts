declare const process: { env: { NODE_ENV?: string } };

/** True outside production builds: bundlers replace `process.env.NODE_ENV` and drop the branches. */
export const isDevelopment: boolean = process.env.NODE_ENV !== 'production';

/** A development-only warning: fixed text, indexes and field names only, never card data or backend text. */
export function devWarning(message: string): void {
  if (isDevelopment) console.warn(`[react-saved-cards] ${message}`);
}

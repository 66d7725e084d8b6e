/**
 * The header every request to the merchant's endpoint carries, so a cross-site
 * DELETE always needs a CORS preflight. The client sends it; the server handler requires it.
 */
export const REQUESTED_WITH_HEADER = 'X-Requested-With';
/** The value the client sends in {@link REQUESTED_WITH_HEADER} unless the merchant sets its own. */
export const REQUESTED_WITH_VALUE = 'react-saved-cards';

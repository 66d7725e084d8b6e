/** Lowercase hex of some bytes. */
export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Turns a PAR into an opaque grouping key: HMAC-SHA-256 under a random key made
 * once per handler, truncated to 128 bits. The browser can still tell that two
 * tokens are the same physical card (both carry the same reference in one answer)
 * but cannot recover the PAR, nor match it against another merchant or a restart.
 */
export function createAccountReferencer(): (par: string) => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  return async (par) => {
    key ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>;
    const signature = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(par));
    return `ref_${toHex(new Uint8Array(signature).slice(0, 16))}`;
  };
}

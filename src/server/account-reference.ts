/** Lowercase hex of some bytes. */
export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A PAR as an opaque grouping key (HMAC-SHA-256 under a key made per handler, 128 bits): the browser can group
 * tokens but not recover the PAR or match it across merchants or restarts.
 */
export function createAccountReferencer(): (par: string) => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  return async (par) => {
    key ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>;
    const signature = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(par));
    return `ref_${toHex(new Uint8Array(signature).slice(0, 16))}`;
  };
}

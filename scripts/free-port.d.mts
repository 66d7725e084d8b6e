// Types of free-port.mjs.
/** A port nothing listens on at 127.0.0.1 right now. */
export declare function freePort(): Promise<number>;

// Types of chromium.mjs.
export declare const DEFAULT_CHROMIUM_PATH: string;
/** $CHROMIUM_PATH, else Debian's package. */
export declare const chromiumPath: string;
/** Launch flags for a closed network and a container. */
export declare const chromiumArgs: string[];

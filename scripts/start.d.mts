// Types for scripts/start.mjs, so TypeScript tests can import it.
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_HOST: string;
/** demo/.data: where the demo keeps what shoppers set. */
export declare const DEFAULT_DATA_DIR: string;
export interface StartDemoOptions {
  /** The page's port; 0 picks a free one. Default 5173 (the next free one when busy). */
  port?: number;
  host?: string;
  /** The sandbox's port. Default 0 (a free one). */
  sandboxPort?: number;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** The sandbox's clock for its "expiring soon" seed cards. Default: the real one. */
  now?: () => Date;
  /** Where defaults and card names are kept (an SQLite file), across restarts. Default: demo/.data. */
  dataDir?: string;
}
export interface RunningDemo {
  /** e.g. "http://127.0.0.1:5173/" */
  url: string;
  /** The payment-provider sandbox, e.g. "http://127.0.0.1:53122". */
  sandboxUrl: string;
  /** Stops the page's server and the sandbox, and closes the demo's database. */
  close(): Promise<void>;
}
export declare function startDemo(options?: StartDemoOptions): Promise<RunningDemo>;

// Types of debian-package.mjs.
export declare function isExecutable(path: string): boolean;
export declare function hasCommand(name: string): boolean;
export declare function isRoot(): boolean;
/** Installs Debian's package when root with apt-get; false when it may not; throws when apt-get fails. */
export declare function installDebianPackage(name: string, why: string): Promise<boolean>;

// Types of bin/build.mjs, for the tests that import it.
export declare const cliRoot: string;
export declare function sourceFingerprint(): string;
export declare function isBuildFresh(fingerprint?: string): boolean;
export declare function ensureBuilt(): { ok: true; built: boolean } | { ok: false; reason: string };

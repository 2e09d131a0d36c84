declare const __GZBG_ENGINE__: string | undefined;

/**
 * The engine's version: a hash of its sources, set at build time (wxt.config.ts), so stored
 * analyses made by an older engine are redone without anyone remembering to bump a number.
 * 'dev' where the code runs unbuilt (tests, the CLI).
 */
export const ENGINE_VERSION: string = typeof __GZBG_ENGINE__ === 'string' ? __GZBG_ENGINE__ : 'dev';

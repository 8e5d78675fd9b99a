import type { Linter } from 'eslint';

/** Globs of the pure zone (see layer-rules.js). */
export declare const pureZone: readonly string[];
/** The layer rules as flat-config objects, spread by eslint.config.js (see layer-rules.js). */
export declare const layerRules: Linter.Config[];

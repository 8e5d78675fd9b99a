import pkg from '../../package.json' with { type: 'json' };

/** The version scans are stamped with: the package's, so the CLI and extension agree. */
export const toolVersion: string = pkg.version;

import { clouds } from './clouds';

const all = Object.values(clouds);

/** Graph roots and sign-in authorities of every national cloud, for the manifest's host permissions. */
export const graphHostPermissions: readonly string[] = [...new Set(all.map((c) => `${c.graphRoot}/*`))];
export const authorityHostPermissions: readonly string[] = [...new Set(all.map((c) => `${c.authorityHost}/*`))];

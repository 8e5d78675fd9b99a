/**
 * The national clouds Posture Lens can scan: each one's Graph root and Entra sign-in authority host.
 * Tokens don't cross clouds, so a tenant is always read through the pair that belongs to its cloud.
 * https://learn.microsoft.com/graph/deployments
 */
export const clouds = {
  global: {
    label: 'Global (including GCC)',
    graphRoot: 'https://graph.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
  },
  usgov: {
    label: 'US Government L4 (GCC High)',
    graphRoot: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  usgovdod: {
    label: 'US Government L5 (DoD)',
    graphRoot: 'https://dod-graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  china: {
    label: 'China (operated by 21Vianet)',
    graphRoot: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
} as const satisfies Record<string, { label: string; graphRoot: string; authorityHost: string }>;

export type Cloud = keyof typeof clouds;

/** Graph root per cloud, without a trailing slash: `${graphRoots[cloud]}/v1.0/...`. */
export const graphRoots: { readonly [C in Cloud]: (typeof clouds)[C]['graphRoot'] } = {
  global: clouds.global.graphRoot,
  usgov: clouds.usgov.graphRoot,
  usgovdod: clouds.usgovdod.graphRoot,
  china: clouds.china.graphRoot,
};

export function isCloud(value: string): value is Cloud {
  return Object.hasOwn(clouds, value);
}

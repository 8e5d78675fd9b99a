import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { authorityHostPermissions, graphHostPermissions } from './lib/graph/authorities';
import { serviceHostPermissions } from './lib/graph/service-hosts';

/**
 * Public half of the development signing key. It pins the unpacked extension's id to
 * gfepcgmpollnpccgdgikckebikbnflfc, so the sign-in redirect URI
 * (https://gfepcgmpollnpccgdgikckebikbnflfc.chromiumapp.org/) stays the same on every machine.
 * Store builds (`npm run zip`) leave it out: the store assigns the id (see README).
 */
export const devManifestKey =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqreenddADAvEotj644gVxXGSbzIq9IWmCkwxDdxY/skoqJpElxm10z4QlLiheUGlboklQU42Tj+UQDJWfEpVfBM9a5H7lGCf4m7YRadXlsOmuMCKe6hggszxgL37aMezoWCR2777CqezUog5xtR/XoVQIBuESyevMgAQjeSE94ZOmZhXcPTUoiu+8C/l15kRtM3bZerW/9vLI26EYjzfEj3q/2ThAfgN0eUdhAeKlGYD7GGXqqK5oMVak8SbLH5kqAuXGi1UIKfIciSwAfK5r0W6VJ3ZDBL8s5sa5ke89+U9fUsaBmQEttSDNwDaDU7d3V4qpoGU+mE+C+puVFNwTwIDAQAB';

const storeBuild = process.env.POSTURE_LENS_STORE_BUILD === '1';

export default defineConfig({
  // No ambient `browser`/`storage` globals: imports are explicit, so the pure zone can't use them by accident.
  imports: false,
  // MV3 everywhere, Firefox included (128+), so one background and one `action` API serve every browser.
  manifestVersion: 3,
  // Parallel builds (e.g. several e2e runs on one checkout) each get their own folder.
  outDir: process.env.POSTURE_LENS_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Posture Lens',
    description:
      'Microsoft 365 security posture score, computed in your own browser from read-only Microsoft Graph data.',
    // Scan history lives in IndexedDB, which needs no permission; sign-in and scheduled scans (alarms) add theirs,
    // and `notifications` tells the admin what a scheduled scan found (lib/background/watch-alerts.ts).
    // Firefox has no offscreen API: MSAL runs in its background page (lib/auth/msal-host-client.ts).
    permissions:
      browser === 'firefox'
        ? ['identity', 'alarms', 'notifications', 'storage']
        : ['identity', 'offscreen', 'alarms', 'notifications', 'storage'],
    host_permissions: [...graphHostPermissions, ...authorityHostPermissions],
    // The admin services (Exchange Online, Security & Compliance, Teams; issue 17) are read only for a
    // tenant that turns them on: their hosts are asked for in that click, never at install.
    optional_host_permissions: [...serviceHostPermissions],
    action: { default_title: 'Posture Lens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'posture-lens@posture-lens.dev',
              strict_min_version: '128.0',
              // Firefox's declaration for add-ons that collect and transmit nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : storeBuild
        ? {}
        : { key: devManifestKey }),
  }),
});

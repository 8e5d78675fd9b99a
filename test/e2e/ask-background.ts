import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension';

/** The app registration's client id the sign-in tests configure (any GUID: the fake IdP accepts it). */
export const TEST_CLIENT_ID = '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13';

/** Asks the background from an extension page, exactly as the pages do (the pages channel of lib/messaging). */
export function ask<T>(page: Page, name: string, payload: unknown = null): Promise<T> {
  return page.evaluate(
    async ([n, p]) => {
      const reply = (await (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ postureLens: 1, channel: 'pages', name: n, payload: p })) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    [name, payload] as const,
  ) as Promise<T>;
}

/** Opens the Connect page and saves the test app registration there, as an admin would; returns that page. */
export async function connectTestApp(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.openOptions();
  await page.getByRole('heading', { name: 'Connect a tenant' }).waitFor();
  const saved = await ask<{ ok: boolean }>(page, 'saveConnection', {
    clientId: TEST_CLIENT_ID,
    tenant: '',
    cloud: 'global',
  });
  if (!saved.ok) throw new Error('The connection was not saved.');
  return page;
}

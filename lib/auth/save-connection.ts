/** The Connect page's settings, checked again here and saved; a new app registration starts afresh. */
import type { SaveConnectionResult } from '../messaging/protocol';
import type { AuthContext } from './auth-context';
import { authState } from './auth-state';
import { checkConnection } from './validate-connection';

export async function saveConnection(
  ctx: AuthContext,
  input: { clientId: string; tenant: string; cloud: string },
): Promise<SaveConnectionResult> {
  const check = checkConnection(input);
  if (!check.ok) return { ok: false, errors: check.errors };
  await ctx.settings.saveConnection(check.connection);
  // Another app registration: the old one's accounts, expiries and grants no longer apply.
  await ctx.flags.load();
  ctx.moment.problem = null;
  await ctx.flags.clear();
  await ctx.expiry.sync();
  return { ok: true, auth: await authState(ctx) };
}

import { describe, expect, test } from 'vitest';
import { authContext, CONNECTION } from '../../test/fixtures/auth-context';
import { adele } from '../../test/fixtures/fake-msal-host';
import { saveConnection } from './save-connection';

const expiry = {
  kind: 'signInExpired',
  code: 'AADSTS700084',
  sentence: 'Your sign-in expired.',
  fix: 'Sign in again.',
};

describe('saving the connection', () => {
  test('refused with a sentence per bad field; what was saved stays', async () => {
    const { ctx } = await authContext();
    const result = await saveConnection(ctx, { clientId: '', tenant: 'adele@contoso.com', cloud: 'global' });
    expect(result).toMatchObject({
      ok: false,
      errors: { clientId: expect.stringContaining('Enter the Application (client) ID') as unknown },
    });
    if (!result.ok) expect(result.errors.tenant).toContain('email address');
    expect(await ctx.settings.connection()).toEqual(CONNECTION);
  });

  test('another app registration starts afresh: no expiry, no missing consent, no problem, no badge', async () => {
    const { ctx, msal, badge } = await authContext();
    msal.accounts = [adele];
    await ctx.settings.setActiveAccount(adele.id);
    await ctx.expiry.setExpired(adele.id, expiry);
    await ctx.flags.noteMissing(adele.id, 'scan', ['Policy.Read.All']);
    ctx.moment.problem = expiry;
    const result = await saveConnection(ctx, { ...CONNECTION, tenant: 'fabrikam.com' });
    expect(result).toMatchObject({ ok: true, auth: { status: 'signedIn', problem: null, missingPermissions: [] } });
    expect(await ctx.settings.connection()).toEqual({ ...CONNECTION, tenant: 'fabrikam.com' });
    expect(badge).toEqual([true, false]);
  });
});

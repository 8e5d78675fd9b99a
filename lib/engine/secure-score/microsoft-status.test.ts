import { expect, test } from 'vitest';
import { actionUrlOf, secureScoreActionUrl } from './microsoft-status';

const OWN_PAGE = 'https://security.microsoft.com/securescore?viewid=actions&actionId=AdminMFAV2';

test("Microsoft's actionUrl is followed only to a Microsoft admin center over https", () => {
  const entra = 'https://entra.microsoft.com/#view/Microsoft_AAD_ConditionalAccess/ConditionalAccessBlade/~/Policies';
  expect(actionUrlOf(entra, 'AdminMFAV2')).toBe(entra);
  expect(actionUrlOf('https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx', 'x')).toBe(
    'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx',
  );
});

test.each([
  ['a script', 'javascript:alert(1)'],
  ['plain http', 'http://entra.microsoft.com/'],
  ['another host', 'https://evil.example/entra.microsoft.com'],
  ['a look-alike host', 'https://entra.microsoft.com.evil.example/'],
  ['credentials in the URL', 'https://user:pw@entra.microsoft.com/'],
  ['not a URL', 'see the portal'],
  ['nothing', undefined],
  ["Secure Score's list of every action", 'https://security.microsoft.com/securescore?viewid=actions'],
])("%s opens Secure Score's page for that control instead", (_what, url) => {
  expect(actionUrlOf(url, 'AdminMFAV2')).toBe(OWN_PAGE);
});

test("Secure Score's page encodes the id, and lists every action without one", () => {
  expect(secureScoreActionUrl('a&b=c')).toBe(
    'https://security.microsoft.com/securescore?viewid=actions&actionId=a%26b%3Dc',
  );
  expect(secureScoreActionUrl()).toBe('https://security.microsoft.com/securescore?viewid=actions');
});

test("Microsoft's link to the control's own Secure Score page is kept", () => {
  const own = 'https://security.microsoft.com/securescore?viewid=actions&actionId=scid_74';
  expect(actionUrlOf(own, 'scid_74')).toBe(own);
});

import { describe, expect, test } from 'vitest';
import { catalogue } from '../../../controls';
import { isPageBadges, MAX_ANCHOR_LABEL_LENGTH, MAX_ANCHOR_LABELS } from './is-page-badges';
import { pageBadges } from './page-badges';
import type { ScanResult } from '../scan/run-scan';

const control = catalogue.find((c) => c.id === 'm365-password-expiry-disabled')!;
const scan = {
  tenant: { id: 't', displayName: 'Contoso', cloud: 'global' },
  scannedAt: '2026-11-20T10:00:00.000Z',
  controls: [
    {
      id: control.id,
      title: control.title,
      status: 'fail',
      score: 0,
      maxScore: 8,
      reason: 'fabrikam.com expires passwords after 90 days.',
      evidence: [
        { source: 'domains', id: 'a.com', fields: { passwordValidityPeriodInDays: 90 } },
        { source: 'domains', id: 'b.com', displayName: 'B', fields: { x: 'y'.repeat(500) } },
        { source: 'domains', id: 'c.com', fields: { passwordValidityPeriodInDays: 2147483647, isVerified: true } },
        { source: 'domains', id: 'd.com', fields: { passwordValidityPeriodInDays: null } },
        { source: 'domains', id: 'e.com', fields: {} },
        { source: 'domains', id: 'f.com', fields: {} },
      ],
      adminUrl: control.fixAt.url,
    },
  ],
} as unknown as ScanResult;
const url = new URL('https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy');

describe('page badges', () => {
  test('the controls of the page with their verdict, a short evidence summary, and links', () => {
    const page = pageBadges(url, catalogue, scan, (id) => `dash#${id}`);
    expect(page.pageId).toBe('m365PasswordExpiry');
    expect(page.badges).toHaveLength(1);
    const [b] = page.badges;
    expect(b).toMatchObject({ controlId: control.id, status: 'fail', maxScore: 8, dashboardUrl: `dash#${control.id}` });
    expect(b!.evidence[0]).toBe('a.com (passwordValidityPeriodInDays: 90)');
    expect(b!.evidence[1]!.length).toBeLessThanOrEqual(400);
    expect(b!.evidence.at(-1)).toBe('and 1 more in the dashboard');
    expect(isPageBadges(page)).toBe(true);
  });

  test("the card's evidence says raw values in words: 'no limit', 'not set', Yes", () => {
    const [b] = pageBadges(url, catalogue, scan, () => '').badges;
    expect(b!.evidence[2]).toBe('c.com (passwordValidityPeriodInDays: no limit, isVerified: Yes)');
    expect(b!.evidence[3]).toBe('d.com (passwordValidityPeriodInDays: not set)');
    expect(b!.evidence.join(' ')).not.toContain('2147483647');
  });

  test("a control's own words for an enum value replace Graph's, and its setTo leads the card", () => {
    const named = catalogue.map((c) =>
      c.id === control.id
        ? {
            ...c,
            valueNames: { passwordValidityPeriodInDays: { '90': 'ignored: numbers are not names' } },
            setTo: { setting: 'Set passwords to never expire (recommended)', value: 'On' },
          }
        : c,
    );
    const withEnum = {
      ...scan,
      controls: [{ ...scan.controls[0]!, evidence: [{ source: 'domains', id: 'a.com', fields: { mode: 'x' } }] }],
    } as ScanResult;
    const page = pageBadges(url, named, withEnum, () => '');
    expect(page.badges[0]!.setTo).toEqual({ setting: 'Set passwords to never expire (recommended)', value: 'On' });
    const enumNamed = named.map((c) =>
      c.id === control.id ? { ...c, valueNames: { mode: { x: 'Existing guests' } } } : c,
    );
    expect(pageBadges(url, enumNamed, withEnum, () => '').badges[0]!.evidence).toEqual([
      'a.com (mode: Existing guests)',
    ]);
    expect(isPageBadges(page)).toBe(true);
    const bad = { ...page, badges: [{ ...page.badges[0], setTo: { setting: 'x' } }] };
    expect(isPageBadges(bad)).toBe(false);
    expect(isPageBadges(page)).toBe(true);
  });

  test('a control out of the score says why, for the card to show "—" and it, never "0 of 8 points"', () => {
    const unlicensed = {
      ...scan,
      controls: [{ ...scan.controls[0]!, status: 'notLicensed', licence: 'Microsoft Entra ID P2' }],
    } as unknown as ScanResult;
    const page = pageBadges(url, catalogue, unlicensed, () => '');
    expect(page.badges[0]?.outOfScore).toBe('needs Microsoft Entra ID P2');
    expect(pageBadges(url, catalogue, scan, () => '').badges[0]).not.toHaveProperty('outOfScore');
    expect(isPageBadges(page)).toBe(true);
    expect(isPageBadges({ ...page, badges: [{ ...page.badges[0], outOfScore: 7 }] })).toBe(false);
  });

  test('off the map: no page, no badges', () => {
    const page = pageBadges(new URL('https://admin.microsoft.com/#/homepage'), catalogue, scan, () => '');
    expect(page).toMatchObject({ pageId: null, badges: [] });
  });

  test('a malformed answer is refused by the content script', () => {
    const good = pageBadges(url, catalogue, scan, () => '');
    expect(isPageBadges({ ...good, badges: [{ ...good.badges[0], status: 'green' }] })).toBe(false);
    expect(isPageBadges({ ...good, badges: [{ ...good.badges[0], evidence: [{}] }] })).toBe(false);
    expect(isPageBadges({ ...good, pageId: 3 })).toBe(false);
    expect(isPageBadges(null)).toBe(false);
    const withReview = (review: unknown) => ({ ...good, badges: [{ ...good.badges[0], review }] });
    expect(isPageBadges(withReview({ cadence: 'weekly', state: 'current' }))).toBe(true);
    expect(isPageBadges(withReview({ cadence: 'weekly', state: 'passing' }))).toBe(false);
    expect(isPageBadges(withReview({ cadence: 'daily', state: 'due' }))).toBe(false);
  });

  test('a review control on its report page says where the review stands and offers nothing to set', () => {
    const review = catalogue.find((c) => c.id === 'entra-signin-logs-reviewed')!;
    const reviewed = {
      ...scan,
      controls: [
        {
          id: review.id,
          title: review.title,
          status: 'pass',
          score: 3,
          maxScore: 3,
          reason: 'Reviewed by alex@contoso.com.',
          evidence: [],
          adminUrl: review.fixAt.url,
          review: { cadence: 'weekly', what: 'Sign-ins.', state: 'current' },
        },
      ],
    } as unknown as ScanResult;
    const page = pageBadges(new URL(review.fixAt.url), catalogue, reviewed, () => '');
    expect(page.badges).toEqual([
      expect.objectContaining({ controlId: review.id, review: { cadence: 'weekly', state: 'current' } }),
    ]);
    expect(page.badges[0]).not.toHaveProperty('setTo');
    expect(isPageBadges(page)).toBe(true);
  });

  test("each badge carries its control's anchor labels for this page, and only for this page", () => {
    const [b] = pageBadges(url, catalogue, scan, () => '').badges;
    expect(b!.anchors).toEqual(['Set passwords to never expire (recommended)', 'Set passwords to never expire']);
    const overview = new URL('https://admin.microsoft.com/#/Settings/SecurityPrivacy');
    expect(pageBadges(overview, catalogue, scan, () => '').badges[0]!.anchors).toEqual(['Password expiration policy']);
    // A control with no label on its page is listed in the panel only: no anchors at all.
    const panelOnly = catalogue.map((c) => (c.id === control.id ? { ...c, onPages: undefined } : c));
    expect(pageBadges(url, panelOnly, scan, () => '').badges[0]).not.toHaveProperty('anchors');
    expect(isPageBadges(pageBadges(url, panelOnly, scan, () => ''))).toBe(true);
  });

  test('anchor labels are refused unless a few short, non-empty strings', () => {
    const good = pageBadges(url, catalogue, scan, () => '');
    const withAnchors = (anchors: unknown) => ({ ...good, badges: [{ ...good.badges[0], anchors }] });
    expect(isPageBadges(withAnchors(['Password expiration policy']))).toBe(true);
    expect(isPageBadges(withAnchors([]))).toBe(false);
    expect(isPageBadges(withAnchors(['  ']))).toBe(false);
    expect(isPageBadges(withAnchors([3]))).toBe(false);
    expect(isPageBadges(withAnchors('Password expiration policy'))).toBe(false);
    expect(isPageBadges(withAnchors(['x'.repeat(MAX_ANCHOR_LABEL_LENGTH + 1)]))).toBe(false);
    expect(isPageBadges(withAnchors(Array.from({ length: MAX_ANCHOR_LABELS + 1 }, (_, i) => `Label ${i}`)))).toBe(
      false,
    );
  });

  test("a verdict Microsoft decided carries whose it is, when measured, and stale against the scan's time", () => {
    const [c] = scan.controls;
    const microsoft = (measuredAt: string) => ({
      ...scan,
      controls: [
        {
          ...c!,
          source: 'microsoft' as const,
          microsoft: {
            profileId: 'PWAgePolicyNew',
            title: 'x',
            status: 'fail' as const,
            score: 0,
            maxScore: 8,
            measuredAt,
          },
        },
      ],
    });
    const old = pageBadges(url, catalogue, microsoft('2026-11-10T06:00:00Z'), () => '');
    expect(old.badges[0]!.borrowed).toEqual({
      from: 'Microsoft Secure Score',
      measuredAt: '2026-11-10T06:00:00Z',
      ageDays: 10,
      stale: true,
    });
    expect(isPageBadges(old)).toBe(true);
    expect(pageBadges(url, catalogue, microsoft('2026-11-19T06:00:00Z'), () => '').badges[0]!.borrowed?.stale).toBe(
      false,
    );
    expect(pageBadges(url, catalogue, scan, () => '').badges[0]).not.toHaveProperty('borrowed');
    const b = old.badges[0]!;
    expect(isPageBadges({ ...old, badges: [{ ...b, borrowed: { ...b.borrowed, stale: 'no' } }] })).toBe(false);
    expect(isPageBadges({ ...old, badges: [{ ...b, borrowed: { ...b.borrowed, from: 'Posture Lens' } }] })).toBe(false);
  });
});

describe("a SharePoint admin center shows badges only when it is the scanned tenant's", () => {
  const spo = catalogue.find((c) => c.id === 'spo-external-sharing-limited')!;
  const spoScan = (tenant: Record<string, string>) =>
    ({
      ...scan,
      tenant: { id: 't', displayName: 'Contoso', cloud: 'global', ...tenant },
      controls: [{ ...scan.controls[0]!, id: spo.id, title: spo.title, adminUrl: spo.fixAt.url }],
    }) as unknown as ScanResult;
  const sharing = (host: string) => new URL(`https://${host}/_layouts/15/online/AdminHome.aspx#/sharing`);

  test("the tenant's own (from its initial onmicrosoft.com domain): badges", () => {
    const page = pageBadges(
      sharing('contoso-admin.sharepoint.com'),
      catalogue,
      spoScan({ initialDomain: 'contoso.onmicrosoft.com' }),
      () => '',
    );
    expect(page.badges.map((b) => b.controlId)).toEqual([spo.id]);
    expect(page.withheld).toBeUndefined();
  });

  test("another tenant's: no badges, and the panel says whose it isn't", () => {
    const page = pageBadges(
      sharing('fabrikam-admin.sharepoint.com'),
      catalogue,
      spoScan({ initialDomain: 'contoso.onmicrosoft.com' }),
      () => '',
    );
    expect(page.badges).toEqual([]);
    expect(page.withheld).toBe(
      "This SharePoint admin center (fabrikam-admin.sharepoint.com) isn't Contoso's (contoso-admin.sharepoint.com): its settings get no badges from Contoso's scan.",
    );
    expect(isPageBadges(page)).toBe(true);
  });

  test("a scan that doesn't name the initial domain: no badges, with the reason", () => {
    const page = pageBadges(sharing('contoso-admin.sharepoint.com'), catalogue, spoScan({}), () => '');
    expect(page.badges).toEqual([]);
    expect(page.withheld).toContain("can't tell which SharePoint admin center is Contoso's");
  });

  test("the admin center's own redirect (admin.microsoft.com/sharepoint) is the signed-in tenant's: badges", () => {
    const url = new URL('https://admin.microsoft.com/sharepoint?page=sharing&modern=true');
    expect(pageBadges(url, catalogue, spoScan({}), () => '').badges).toHaveLength(1);
  });
});

import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isEnvelope, type Envelope } from '../messaging/envelope';
import { send } from '../messaging/send';
import type { BadgeModel, PageBadges } from '../engine/pages/page-badges';
import type { CardState } from './badge-text';
import { mountBadges, mountPanel, unmountAll } from './mount';

const badge = (over: Partial<BadgeModel> = {}): BadgeModel => ({
  controlId: 'm365-password-expiry-disabled',
  title: 'Passwords are set never to expire',
  status: 'fail',
  score: 0,
  maxScore: 8,
  reason: 'contoso.com expires passwords after 90 days.',
  evidence: ['contoso.com (passwordValidityPeriodInDays: 90)'],
  fixUrl: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
  dashboardUrl: 'chrome-extension://x/dashboard.html#control=m365-password-expiry-disabled',
  // The control's labels on this page, as the background sends them (its onPages).
  anchors: ['Set passwords to never expire (recommended)', 'Set passwords to never expire'],
  ...over,
});
const page = (badges: BadgeModel[], pageId = 'm365PasswordExpiry'): PageBadges => ({
  pageId,
  pageTitle: 'Password expiration policy',
  tenantName: 'Contoso',
  scannedAt: '2026-11-20T10:00:00.000Z',
  badges,
});
const actions = { rescan: vi.fn(() => Promise.resolve()), openInDashboard: vi.fn() };
const shadow = (el: Element | null) => el?.shadowRoot?.textContent ?? '';

/**
 * A click as the browser delivers one from the user's mouse or keyboard. Real browsers set `isTrusted`
 * themselves (a page can't: it is unforgeable); happy-dom has no such flag, so the test sets it.
 */
function userClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}
const buttonNamed = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

/** The password policy's checkbox and its label, built as the overlay builds its own (never from HTML). */
function setup() {
  const p = document.createElement('p');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = 'n';
  const label = document.createElement('label');
  label.htmlFor = 'n';
  label.textContent = 'Set passwords to never expire (recommended)';
  p.append(box, label);
  document.body.replaceChildren(p);
  return new Map<string, CardState>();
}

describe('inline badges', () => {
  test('a badge goes right after its label, saying points and status', () => {
    const cards = setup();
    const { missing } = mountBadges(document, page([badge()]), cards, actions);
    const host = document.querySelector('posture-lens-badge');
    expect(missing).toEqual([]);
    expect(host?.previousElementSibling?.textContent).toBe('Set passwords to never expire (recommended)');
    expect(shadow(host)).toContain('8 pts · failing');
    expect(host?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(
      '8 pts · failing — Posture Lens: Passwords are set never to expire, 0 of 8 points',
    );
  });

  test('a not-applicable badge says so and why, with no points either way', () => {
    const cards = setup();
    const na = badge({ status: 'notApplicable', reason: 'No managed domain sets a password policy.' });
    mountBadges(document, page([na]), cards, actions);
    const host = document.querySelector('posture-lens-badge');
    expect(shadow(host)).toContain('not applicable');
    expect(shadow(host)).not.toContain('0 of 8');
    expect(shadow(host)).not.toContain('8 pts');
    expect(host?.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(
      'not applicable — Posture Lens: Passwords are set never to expire',
    );
  });

  test('a stale borrowed verdict is marked stale on the badge and says whose it is on the card', () => {
    const cards = setup();
    const borrowed = {
      from: 'Microsoft Secure Score' as const,
      measuredAt: '2026-11-10T06:00:00Z',
      ageDays: 10,
      stale: true,
    };
    mountBadges(document, page([badge({ borrowed })]), cards, actions);
    const root = document.querySelector('posture-lens-badge')?.shadowRoot;
    expect(root?.querySelector('button')?.textContent).toBe('✕ 8 pts · failing · stale');
    expect(root?.querySelector('button')?.getAttribute('aria-label')).toBe(
      "8 pts · failing · stale — Posture Lens: Passwords are set never to expire, 0 of 8 points, Microsoft Secure Score's verdict, stale",
    );
    expect(root?.querySelector('.pl-borrowed')?.textContent).toBe(
      "Microsoft Secure Score's verdict, measured 10 Nov 2026 — stale: measured 10 days before this scan (more than 7).",
    );
  });

  test('a fresh borrowed verdict names Microsoft without a stale mark', () => {
    const cards = setup();
    const borrowed = {
      from: 'Microsoft Secure Score' as const,
      measuredAt: '2026-11-19T06:00:00Z',
      ageDays: 1,
      stale: false,
    };
    mountBadges(document, page([badge({ borrowed })]), cards, actions);
    const root = document.querySelector('posture-lens-badge')?.shadowRoot;
    expect(root?.querySelector('button')?.textContent).toBe('✕ 8 pts · failing');
    expect(root?.querySelector('.pl-borrowed')?.textContent).toBe(
      "Microsoft Secure Score's verdict, measured 19 Nov 2026.",
    );
  });

  test('repeated passes and 100 page mutations never duplicate a badge', () => {
    const cards = setup();
    for (let i = 0; i < 100; i++) {
      document.body.append(document.createElement('div'));
      mountBadges(document, page([badge()]), cards, actions);
    }
    expect(document.querySelectorAll('posture-lens-badge')).toHaveLength(1);
  });

  test('a new verdict redraws the same badge in place', () => {
    const cards = setup();
    mountBadges(document, page([badge()]), cards, actions);
    const host = document.querySelector('posture-lens-badge');
    mountBadges(document, page([badge({ status: 'pass', score: 8 })]), cards, actions);
    expect(document.querySelector('posture-lens-badge')).toBe(host);
    expect(shadow(host)).toContain('8 pts · passing');
  });

  test('a renamed label is reported missing, and its old badge goes', () => {
    const cards = setup();
    mountBadges(document, page([badge()]), cards, actions);
    document.querySelector('label')!.textContent = 'Passwords never expire';
    const { missing } = mountBadges(document, page([badge()]), cards, actions);
    expect(missing).toEqual(['m365-password-expiry-disabled']);
    expect(document.querySelectorAll('posture-lens-badge')).toHaveLength(0);
  });

  test('a badge without anchor labels on this page stays in the panel: no inline badge, not missing', () => {
    const cards = setup();
    const { missing } = mountBadges(document, page([badge({ anchors: undefined })]), cards, actions);
    expect(missing).toEqual([]);
    expect(document.querySelectorAll('posture-lens-badge')).toHaveLength(0);
  });

  test('the first label found wins: a newer wording anchors the badge too', () => {
    const cards = setup();
    document.querySelector('label')!.textContent = 'Set passwords to never expire';
    const { missing } = mountBadges(document, page([badge()]), cards, actions);
    expect(missing).toEqual([]);
    expect(document.querySelector('posture-lens-badge')?.previousElementSibling?.textContent).toBe(
      'Set passwords to never expire',
    );
  });

  test('Graph strings are shown as text, never parsed', () => {
    const cards = setup();
    mountBadges(document, page([badge({ reason: '<img src=x onerror=alert(1)>' })]), cards, actions);
    const host = document.querySelector('posture-lens-badge')!;
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    expect(shadow(host)).toContain('<img src=x onerror=alert(1)>');
  });

  test('the card offers "Rescan this control" and reports a failure in words', async () => {
    const cards = setup();
    const failing = {
      rescan: vi.fn(() => Promise.reject(new Error('A scan is already running.'))),
      openInDashboard: vi.fn(),
    };
    mountBadges(document, page([badge()]), cards, failing);
    const root = document.querySelector('posture-lens-badge')!.shadowRoot!;
    userClick(root.querySelector('button')!);
    expect(root.querySelector<HTMLElement>('.pl-card')!.hidden).toBe(false);
    userClick(buttonNamed(root, 'Rescan this control'));
    expect(failing.rescan).toHaveBeenCalledWith('m365-password-expiry-disabled');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe('Not rescanned: A scan is already running.'),
    );
  });

  test('at a rescan limit the card says so, with when to retry', async () => {
    const cards = setup();
    const sentence = 'This control was rescanned less than a minute ago. You can rescan it again at 10:01:00.';
    mountBadges(document, page([badge()]), cards, {
      rescan: () => Promise.reject(new Error(sentence)),
      openInDashboard: vi.fn(),
    });
    const root = document.querySelector('posture-lens-badge')!.shadowRoot!;
    userClick(root.querySelector('button')!);
    userClick(buttonNamed(root, 'Rescan this control'));
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe(`Not rescanned: ${sentence}`),
    );
    expect(buttonNamed(root, 'Rescan this control').disabled).toBe(false);
  });
});

describe('a page script cannot press our buttons', () => {
  test('click() and a synthetic click on the badge, Rescan or Open in dashboard send nothing to the background', async () => {
    fakeBrowser.reset();
    const sent: Envelope[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown, _sender, sendResponse) => {
      if (isEnvelope(m)) sent.push(m);
      sendResponse({ ok: true, value: null });
      return true;
    });
    // The content script's own actions: each one sends a message.
    const real = {
      rescan: async (controlId: string) => void (await send('content', 'rescanControl', { controlId })),
      openInDashboard: (controlId: string) => void send('content', 'openControl', { controlId }).catch(() => undefined),
    };
    const cards = setup();
    mountBadges(document, page([badge()]), cards, real);
    const root = document.querySelector('posture-lens-badge')!.shadowRoot!;
    const card = root.querySelector<HTMLElement>('.pl-card')!;

    // What a script in the admin page can do: reach the open shadow root and click.
    root.querySelector('button')!.click();
    expect(card.hidden).toBe(true);
    buttonNamed(root, 'Rescan this control').click();
    buttonNamed(root, 'Open in dashboard').click();
    buttonNamed(root, 'Rescan this control').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    buttonNamed(root, 'Open in dashboard').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([]);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');

    // The admin's own click does reach the background.
    userClick(buttonNamed(root, 'Open in dashboard'));
    await vi.waitFor(() => expect(sent.map((m) => m.name)).toEqual(['openControl']));
  });

  test("the panel's Hide button ignores a page script's click() too", () => {
    setup();
    const state = { collapsed: false };
    mountPanel(document, page([badge()]), [], state);
    const root = document.querySelector('posture-lens-panel')!.shadowRoot!;
    root.querySelector('button')!.click();
    expect(state.collapsed).toBe(false);
  });
});

describe('the page panel', () => {
  test('lists every control of the page with points, and names the settings not found', () => {
    setup();
    const other = badge({
      controlId: 'm365-idle-session-timeout-configured',
      title: 'Idle sessions time out',
      maxScore: 2,
      status: 'pass',
      score: 2,
    });
    mountPanel(document, page([badge(), other]), ['m365-idle-session-timeout-configured'], { collapsed: false });
    const text = shadow(document.querySelector('posture-lens-panel'));
    expect(text).toContain('Passwords are set never to expire');
    expect(text).toContain('2 pts · passing');
    expect(text).toContain('Not found on this page, so listed here only: Idle sessions time out.');
  });

  test('collapses and expands, and is drawn once however often it is mounted', () => {
    setup();
    const state = { collapsed: false };
    for (let i = 0; i < 5; i++) mountPanel(document, page([badge()]), [], state);
    expect(document.querySelectorAll('posture-lens-panel')).toHaveLength(1);
    const root = document.querySelector('posture-lens-panel')!.shadowRoot!;
    userClick(root.querySelector('button')!);
    expect(state.collapsed).toBe(true);
    expect(root.querySelector('section')!.dataset.collapsed).toBe('true');
    expect(root.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
  });

  test("a page withheld (another tenant's SharePoint) says why, with no badges", () => {
    setup();
    const why =
      "This SharePoint admin center (fabrikam-admin.sharepoint.com) isn't Contoso's (contoso-admin.sharepoint.com): its settings get no badges from Contoso's scan.";
    mountPanel(document, { ...page([]), withheld: why }, [], { collapsed: false });
    const text = shadow(document.querySelector('posture-lens-panel'));
    expect(text).toContain(why);
    expect(text).not.toContain('No controls of this page were scanned.');
  });

  test('everything goes when the page leaves the map', () => {
    const cards = setup();
    mountBadges(document, page([badge()]), cards, actions);
    mountPanel(document, page([badge()]), [], { collapsed: false });
    unmountAll(document);
    expect(document.querySelectorAll('posture-lens-badge, posture-lens-panel')).toHaveLength(0);
  });
});

import { describe, expect, test, vi } from 'vitest';
import type { BadgeModel, PageBadges } from '../engine/pages/page-badges';
import { badgeWithCard } from './badge-element';
import type { CardState } from './badge-text';
import { mountBadges, mountPanel } from './mount';

const badge = (over: Partial<BadgeModel> = {}): BadgeModel => ({
  controlId: 'entra-app-registration-restricted',
  title: 'Users cannot register applications',
  status: 'fail',
  score: 0,
  maxScore: 4,
  reason: 'Users can register applications.',
  setTo: { setting: 'Users can register applications', value: 'No' },
  evidence: ['Authorization policy (allowedToCreateApps: Yes)'],
  fixUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/UserSettings',
  dashboardUrl: 'chrome-extension://x/dashboard.html#control=entra-app-registration-restricted',
  ...over,
});
const actions = { rescan: vi.fn(() => Promise.resolve()), openInDashboard: vi.fn() };

/** A click as the browser delivers one from the user's mouse, or Enter or Space on a focused button. */
function userClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

/** The badge in a shadow root beside its label, as mount.ts places it. */
function mount(b: BadgeModel, state: CardState = { open: false, status: '' }) {
  const label = document.createElement('label');
  label.textContent = 'Users can register applications';
  const host = document.createElement('span');
  document.body.replaceChildren(label, host);
  const root = host.attachShadow({ mode: 'open' });
  root.append(badgeWithCard(document, b, state, actions, label));
  return {
    root,
    button: root.querySelector<HTMLButtonElement>('button.pl-badge')!,
    card: root.querySelector<HTMLElement>('.pl-card')!,
    state,
  };
}

describe('the badge card', () => {
  test('leads with the value to choose, then points, reason and the evidence in words', () => {
    const { card } = mount(badge());
    const [title, setTo, points, reason] = [...card.children].map((c) => c.textContent);
    expect(title).toBe('Users cannot register applications');
    expect(setTo).toBe('Set Users can register applications to No');
    expect(card.querySelector('.pl-set-to strong')?.textContent).toBe('No');
    expect(points).toBe('0 of 4 points · failing');
    expect(reason).toBe('Users can register applications.');
    expect(card.querySelector('[aria-label="Evidence"]')?.textContent).toBe(
      'Authorization policy (allowedToCreateApps: Yes)',
    );
  });

  test('without a setTo the card starts with the verdict, and says nothing it does not know', () => {
    const { card } = mount(badge({ setTo: undefined }));
    expect(card.querySelector('.pl-set-to')).toBeNull();
    expect(card.textContent).not.toContain('Set ');
  });

  test('opens only when the admin presses the badge: not on hover', () => {
    const { root, button, card } = mount(badge());
    root.querySelector('.pl-wrap')!.dispatchEvent(new MouseEvent('mouseenter'));
    expect(card.hidden).toBe(true);
    userClick(button);
    expect(card.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(card.id);
    userClick(button);
    expect(card.hidden).toBe(true);
  });

  test('Escape closes it and puts focus back on its badge', () => {
    const { button, card } = mount(badge());
    userClick(button);
    const rescan = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Rescan this control')!;
    rescan.focus();
    rescan.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect((button.getRootNode() as ShadowRoot).activeElement).toBe(button);
  });

  test('a click elsewhere on the page closes it; a click inside does not', () => {
    const { card, button, state } = mount(badge());
    userClick(button);
    card.querySelector('h2')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card.hidden).toBe(false);
    document.querySelector('label')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
    expect(state.open).toBe(false);
  });

  test('redrawn while open (a rescan), it opens again', async () => {
    const { card } = mount(badge(), { open: true, status: 'Rescanned at 10:00:00.' });
    await Promise.resolve();
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain('Rescanned at 10:00:00.');
  });
});

describe('a redraw keeps the keyboard where it was', () => {
  test('a new verdict while the card is open: focus stays on Rescan, or goes back to the badge', async () => {
    const label = document.createElement('label');
    label.textContent = 'Users can register applications';
    document.body.replaceChildren(label);
    const cards = new Map<string, CardState>();
    const at = (b: BadgeModel) => ({
      pageId: 'entraUserSettings',
      pageTitle: null,
      tenantName: null,
      scannedAt: null,
      badges: [{ ...b, anchors: ['Users can register applications'] }],
    });
    mountBadges(document, at(badge()), cards, actions);
    const root = document.querySelector('posture-lens-badge')!.shadowRoot!;
    userClick(root.querySelector('button')!);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Rescan this control')!.focus();
    mountBadges(document, at(badge({ reason: 'Still open to everyone.' })), cards, actions);
    expect(root.activeElement?.textContent).toBe('Rescan this control');
    await Promise.resolve();
    expect(root.querySelector<HTMLElement>('.pl-card')!.hidden).toBe(false);
  });
});

describe('the page panel starts as a tab', () => {
  const page = (badges: BadgeModel[]): PageBadges => ({
    pageId: 'entraUserSettings',
    pageTitle: 'User settings',
    tenantName: 'Contoso',
    scannedAt: '2026-11-20T10:00:00.000Z',
    badges,
  });

  test('the tab says how many controls of the page need fixing, and opens the list on demand', () => {
    document.body.replaceChildren();
    const state = { collapsed: true };
    const pass = badge({ controlId: 'b', status: 'pass', score: 4 });
    mountPanel(document, page([badge(), pass, badge({ controlId: 'c', status: 'partial', score: 2 })]), [], state);
    const root = document.querySelector('posture-lens-panel')!.shadowRoot!;
    const tab = root.querySelector('button')!;
    expect(tab.textContent).toBe('Posture Lens · 2 to fix');
    // Named by its text (label in name), so a voice user can say what they see.
    expect(tab.getAttribute('aria-label')).toBeNull();
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('section')!.dataset.collapsed).toBe('true');
    userClick(tab);
    expect(state.collapsed).toBe(false);
    const hide = root.querySelector('button')!;
    expect(hide.getAttribute('aria-label')).toBe('Hide Posture Lens panel');
    expect(root.activeElement).toBe(hide);
    expect(root.querySelector('[aria-label="Controls on this page"]')!.children).toHaveLength(3);
  });

  test('nothing to fix: the tab says passing only when every control passes', () => {
    const tabText = (badges: BadgeModel[]) => {
      document.body.replaceChildren();
      mountPanel(document, page(badges), [], { collapsed: true });
      return document.querySelector('posture-lens-panel')!.shadowRoot!.querySelector('button')!.textContent;
    };
    expect(tabText([badge({ status: 'pass', score: 4 })])).toBe('Posture Lens · 1 passing');
    // A check-by-hand control was not checked by anyone: never counted as passing.
    expect(tabText([badge({ status: 'pass', score: 4 }), badge({ controlId: 'm', status: 'manual', score: 0 })])).toBe(
      'Posture Lens · 2 on this page',
    );
    expect(tabText([])).toBe('Posture Lens');
  });
});

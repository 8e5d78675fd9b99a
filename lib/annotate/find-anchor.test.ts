import { describe, expect, test } from 'vitest';
import { anchorFor, findAnchors } from './find-anchor';

/** A settings form as a portal renders one; built from elements, never from HTML strings. */
function form(...rows: Array<(row: HTMLElement) => void>): HTMLElement {
  const root = document.createElement('form');
  for (const build of rows) {
    const row = document.createElement('div');
    build(row);
    root.append(row);
  }
  document.body.replaceChildren(root);
  return root;
}
const label =
  (text: string, ...extra: Node[]) =>
  (row: HTMLElement) => {
    const l = document.createElement('label');
    l.append(text, ...extra);
    row.append(l);
  };
const el = (tag: string, text: string, attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const anchorOf = (labels: [string, ...string[]]) => anchorFor(findAnchors(document, labels), labels);

describe('finding the label a badge sits beside', () => {
  test('the portal\'s "(Preview)" tag, in the text or in its own element, still matches', () => {
    form(label('System-preferred multifactor authentication ', el('span', '(Preview)')));
    expect(anchorOf(['System-preferred multifactor authentication'])?.tagName).toBe('LABEL');
    form(label('Guest invite restrictions (Preview)'));
    expect(anchorOf(['Guest invite restrictions'])?.tagName).toBe('LABEL');
  });

  test("an info balloon's text inside the label is not part of it", () => {
    const balloon = el('span', 'Users can register custom-developed applications for use within this directory.', {
      role: 'tooltip',
    });
    const icon = el('button', 'More information', { 'aria-label': 'More information' });
    form(label('Users can register applications', icon, balloon));
    expect(anchorOf(['Users can register applications'])?.tagName).toBe('LABEL');
    form(
      label('Restrict non-admin users from creating tenants', el('div', 'Learn more', { class: 'fxc-infoBalloon' })),
    );
    expect(anchorOf(['Restrict non-admin users from creating tenants'])?.tagName).toBe('LABEL');
  });

  test('a trailing colon and curly quotes match the declared label', () => {
    form(label('Maximum number of devices per user:'), label('Let users click through to the original URL'));
    expect(anchorOf(['Maximum number of devices per user'])?.textContent).toBe('Maximum number of devices per user:');
    form(label('People in my organization can communicate with users whose accounts aren\u2019t managed'));
    expect(
      anchorOf(["People in my organization can communicate with users whose accounts aren't managed"]),
    ).not.toBeNull();
  });

  test('the older wording anchors the badge when the newer one is absent, and the newer wins when both are', () => {
    const labels: [string, string] = [
      'Turn on Defender for Office 365 for SharePoint, OneDrive, and Microsoft Teams',
      'Turn on ATP for SharePoint, OneDrive, and Microsoft Teams',
    ];
    form(label(labels[1]));
    expect(anchorOf(labels)?.textContent).toBe(labels[1]);
    form(label(labels[1]), label(labels[0]));
    expect(anchorOf(labels)?.textContent).toBe(labels[0]);
  });

  test('a different setting that only shares words is not a match', () => {
    form(label('Users can register applications in the sandbox'), label('Preview features'));
    expect(anchorOf(['Users can register applications'])).toBeNull();
    expect(anchorOf(['Features'])).toBeNull();
  });
});

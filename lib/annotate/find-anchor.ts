import { normalizeLabel } from './anchors';

const CANDIDATES = 'label, legend, h1, h2, h3, h4, th, dt, span, div, p, a, button, [aria-label], [role="heading"]';

/**
 * The element whose own text (or aria-label) is one of the labels, preferring the innermost match.
 * Generated class names change between releases; visible text is what the admin sees and what we anchor on.
 */
export function findAnchor(root: ParentNode, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map(normalizeLabel));
  let best: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (el.closest('[data-posture-lens]')) continue;
    const aria = el.getAttribute('aria-label');
    const text = el.textContent ?? '';
    if (text.length > 300 && !aria) continue;
    const own = wanted.has(normalizeLabel(text)) || (aria !== null && wanted.has(normalizeLabel(aria)));
    if (own && (!best || best.contains(el))) best = el;
  }
  return best;
}

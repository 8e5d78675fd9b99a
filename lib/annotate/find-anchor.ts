import { normalizeLabel } from './normalize-label';

/** Labels are short: longer text is a container of many settings, never one label. */
const MAX_LABEL = 300;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'TITLE']);

/** The longest plain word of a label: any text node that is (part of) the label contains it. */
const probeOf = (label: string): string =>
  label.split(/[^a-z0-9]+/).reduce((best, w) => (w.length > best.length ? w : best), '');

/**
 * What a label element holds besides its words: an info balloon (an "i" button whose tooltip text the
 * portals keep inside the label), an icon, a visually hidden hint. Their text is not the label's.
 */
export const NOT_LABEL_TEXT =
  'button, [role="button"], [role="tooltip"], [role="img"], [aria-hidden="true"], svg, [hidden], [class*="balloon" i], [class*="tooltip" i]';

/** An element's text without what NOT_LABEL_TEXT names inside it (the element itself always counts). */
function labelText(el: Element): string {
  if (!el.querySelector(NOT_LABEL_TEXT)) return el.textContent ?? '';
  let text = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(NOT_LABEL_TEXT)) walk(child);
    }
  };
  walk(el);
  return text;
}

/**
 * For each wanted label, the innermost element whose own text (or aria-label) is that label, first in
 * document order. One pass over the text nodes, whatever the number of labels, and only text holding
 * a label's longest word is looked at closely: the admin centers are big pages and this runs after
 * every burst of DOM changes. Generated class names change between releases; visible text is what the
 * admin sees and what we anchor on.
 */
export function findAnchors(root: Document | Element, labels: Iterable<string>): Map<string, Element> {
  const wanted = new Set([...labels].map(normalizeLabel));
  const found = new Map<string, Element>();
  if (wanted.size === 0) return found;
  const probes = [...new Set([...wanted].map(probeOf))];
  const doc = root.ownerDocument ?? root;
  const checked = new Set<Element>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n && found.size < wanted.size; n = walker.nextNode()) {
    const value = n.nodeValue;
    if (!value || value.length > MAX_LABEL) continue;
    const lower = value.toLowerCase();
    if (!probes.some((p) => lower.includes(p))) continue;
    // The text's element, then its parent: a label may be split by markup (`Set <b>passwords</b> …`).
    let el = n.parentElement;
    for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
      if (checked.has(el) || SKIP.has(el.tagName)) break;
      checked.add(el);
      // A lone text node is its element's whole text: no need to ask the DOM again.
      const text = depth === 0 && !n.previousSibling && !n.nextSibling ? value : labelText(el);
      if (text.length > MAX_LABEL) break;
      const key = normalizeLabel(text);
      if (wanted.has(key) && !found.has(key)) found.set(key, el);
    }
  }
  if (found.size < wanted.size) {
    for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
      const key = normalizeLabel(el.getAttribute('aria-label') ?? '');
      if (wanted.has(key) && !found.has(key) && !el.closest('[data-posture-lens]')) found.set(key, el);
    }
  }
  return found;
}

/** The element for the first of `labels` (in their order of preference) that `found` holds. */
export function anchorFor(found: ReadonlyMap<string, Element>, labels: readonly string[]): Element | null {
  for (const l of labels) {
    const el = found.get(normalizeLabel(l));
    if (el) return el;
  }
  return null;
}

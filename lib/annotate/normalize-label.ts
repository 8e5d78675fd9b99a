/**
 * What the portals add around a setting's label that doesn't change which setting it is: a "(Preview)"
 * or "(New)" tag, a trailing colon or required-field asterisk. Stripped from the end only, so a label
 * that merely contains "preview" keeps it.
 */
const DECORATION = /(?:\s*[:*]|\s*[([]\s*(?:preview|new)\s*[)\]]|\s+-\s*(?:preview|new)|\s+preview)$/;

/**
 * How a badge's anchor labels (which each control declares in `onPages`) compare with the text on the
 * page: compatibility forms (NFKC: full-width colons, ligatures, no-break spaces), straight and curly
 * quotes, dashes and runs of whitespace compare equal; zero-width characters, case and the decorations
 * above are ignored. An info balloon's text inside the label element is left out by the caller
 * (find-anchor.ts), which sees the DOM.
 */
export function normalizeLabel(text: string): string {
  let out = text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // "Setting (Preview):" carries two decorations; a handful of rounds covers any real label.
  for (let i = 0; i < 4; i++) {
    const next = out.replace(DECORATION, '').trimEnd();
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * How a badge's anchor labels (which each control declares in `onPages`) compare with the text on the
 * page: straight and curly quotes, dashes and runs of whitespace compare equal; case is ignored.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

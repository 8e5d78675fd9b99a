/**
 * Line numbers for a JSON file's messages: JSON.parse says where a syntax error is only as a character
 * position (Node 20) or a line (Node 22), and nothing about where each array element starts.
 */

/** The 1-based line of character `offset` in `text`. */
export const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/** The line of a JSON.parse error, when its message says where. */
export function syntaxErrorLine(text: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : lineAt(text, Number(position));
}

/**
 * Where each element of a top-level JSON array starts, as character offsets (call it on text that
 * parsed). Strings are skipped whole, so brackets and commas inside them don't count.
 */
export function topLevelElementOffsets(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectElement && c !== ']') {
      starts.push(i);
      expectElement = false;
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return starts;
}

/** The line of `"key"` inside the element that starts at `start` and ends before `end`, else the element's. */
export function keyLine(text: string, start: number, end: number, key: string): number {
  const at = text.slice(start, end).indexOf(JSON.stringify(key));
  return lineAt(text, at < 0 ? start : start + at);
}

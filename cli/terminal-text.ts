/** Text for a terminal: plurals, wrapping to its width, and colour that can be switched off. */

/** "1 round trip", "4 round trips"; `many` for irregular plurals ("1 check by hand", "2 checks by hand"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Words of `text` in lines of at most `width` characters; a word longer than that is cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `wrapText` with every line indented, so the indent counts towards the width. */
export function wrapIndented(text: string, width: number, indent: string, first = indent): string[] {
  return wrapText(text, width - Math.max(indent.length, first.length)).map((l, i) => `${i === 0 ? first : indent}${l}`);
}

/** At most `max` lines; the last one kept ends in "…" when some were left off. */
export function clipLines(lines: readonly string[], max: number, width: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  // Cut at a word where one ends in reach, so the "…" never splits a word.
  const room = last.slice(0, width - 2);
  const cut = last.length + 2 <= width ? last : room.slice(0, Math.max(room.lastIndexOf(' '), room.length - 20));
  kept[max - 1] = `${cut.trimEnd()} …`;
  return kept;
}

/** Styles the table uses; each returns its text unchanged when colour is off. */
export interface Paint {
  readonly bad: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly good: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  /** A clickable link (OSC 8) where colour is on; the text alone otherwise. */
  readonly link: (text: string, url: string) => string;
}

const sgr = (on: number, off: number) => (s: string) => `\u001b[${on}m${s}\u001b[${off}m`;

/** Colour only for a person at a terminal: stdout a TTY, NO_COLOR unset (https://no-color.org), never in a file. */
export function paintFor(colour: boolean): Paint {
  if (!colour) {
    const same = (s: string) => s;
    return { bad: same, warn: same, good: same, dim: same, bold: same, link: (text) => text };
  }
  return {
    bad: sgr(31, 39),
    warn: sgr(33, 39),
    good: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    link: (text, url) => `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`,
  };
}

/** Whether stdout gets colour: a TTY, NO_COLOR unset or empty, and no --out file. */
export function wantsColour(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && !env.NO_COLOR;
}

import { FilterSyntaxError } from './odata-filter-ast';

/** Splits `$filter` text into tokens; unquoted GUIDs and dates come out as string literals. */

export type Token =
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ',' | ':' | '/' }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'word'; readonly text: string };

const DATETIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?/y;
const GUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_.$]*/y;

function stickyMatch(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === ':' || ch === '/') {
      tokens.push({ kind: 'punct', text: ch });
      i++;
      continue;
    }
    if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('unterminated string literal');
        const c = text.charAt(i);
        if (c === "'") {
          if (text.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += c;
        i++;
      }
      tokens.push({ kind: 'string', text: value });
      continue;
    }
    // Unquoted GUIDs and dates are literals in OData (`skuId eq 6fd2c87f-…`), so they come before words.
    const literal = stickyMatch(DATETIME, text, i) ?? stickyMatch(GUID, text, i);
    if (literal !== null) {
      tokens.push({ kind: 'string', text: literal });
      i += literal.length;
      continue;
    }
    const number = stickyMatch(NUMBER, text, i);
    if (number !== null) {
      tokens.push({ kind: 'number', text: number });
      i += number.length;
      continue;
    }
    const word = stickyMatch(WORD, text, i);
    if (word !== null) {
      tokens.push({ kind: 'word', text: word });
      i += word.length;
      continue;
    }
    throw new FilterSyntaxError(`unexpected character '${ch}' at position ${i}`);
  }
  return tokens;
}

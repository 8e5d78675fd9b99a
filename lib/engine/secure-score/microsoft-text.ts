/**
 * Microsoft's prose (a profile's remediation and its impact) as plain text. Secure Score writes it
 * with HTML markup; Posture Lens never renders Graph strings as HTML, so the markup goes and the text
 * stays, to be shown as text (a `<script>` in it ends up as the words around it, never as code).
 */
import { quoted } from './microsoft-state';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Tags out, entities read, whitespace collapsed, at most `max` characters; undefined when nothing is left. */
export function plainTextOf(markup: string | null | undefined, max = 1000): string | undefined {
  if (!markup) return undefined;
  const text = markup
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, e: string) => ENTITIES[e] ?? '');
  const one = quoted(text, max);
  return one === '' ? undefined : one;
}

/**
 * What the fuzzer knows about the shape of Graph's answers, learnt from the recorded answers of
 * every simulator tenant: which keys an object always carries and where Graph sends null. Graph
 * returns every property of an entity it was asked for, null when unset
 * (https://learn.microsoft.com/graph/api/overview — "properties with null values" are returned unless
 * omitted by $select), so a key present on every object of its kind is one Graph always sends, and
 * deleting it is malformed; a key some object lacks may be left out, and deleting it is valid data.
 */
import { isObject, patternOf, walk, type Json } from './json-tree';

export interface GraphKnowledge {
  /** Graph always sends `key` on the objects at `pattern` of source `label`. */
  isRequired(label: string, objectPattern: string, key: string): boolean;
  /** Graph sends null at `pattern` of source `label` (seen null in some tenant). */
  isNullable(label: string, pattern: string): boolean;
  /** Strings seen as items of the lists at `listPattern` (`All`, `AllTrusted`, ids …), in any tenant. */
  itemsSeen(label: string, listPattern: string): readonly string[];
  /** An object seen at `pattern` of source `label` in some tenant (the first), for filling a null. */
  objectSeen(label: string, pattern: string): Readonly<Record<string, Json>> | undefined;
}

export function learnGraphKnowledge(answers: Iterable<{ label: string; body: Json }>): GraphKnowledge {
  const objects = new Map<string, number>();
  const keys = new Map<string, number>();
  const nulls = new Set<string>();
  const items = new Map<string, Set<string>>();
  const examples = new Map<string, Record<string, Json>>();
  for (const { label, body } of answers) {
    for (const [path, v] of walk(body)) {
      const pattern = `${label} ${patternOf(path)}`;
      if (v === null) nulls.add(pattern);
      if (typeof v === 'string' && path.length > 0 && typeof path[path.length - 1] === 'number') {
        const list = `${label} ${patternOf(path.slice(0, -1))}`;
        const seen = items.get(list) ?? new Set<string>();
        seen.add(v);
        items.set(list, seen);
      }
      if (!isObject(v)) continue;
      if (!examples.has(pattern)) examples.set(pattern, v);
      objects.set(pattern, (objects.get(pattern) ?? 0) + 1);
      for (const k of Object.keys(v)) keys.set(`${pattern} ${k}`, (keys.get(`${pattern} ${k}`) ?? 0) + 1);
    }
  }
  return {
    isRequired: (label, objectPattern, key) => {
      const seen = objects.get(`${label} ${objectPattern}`) ?? 0;
      return seen > 0 && keys.get(`${label} ${objectPattern} ${key}`) === seen;
    },
    isNullable: (label, pattern) => nulls.has(`${label} ${pattern}`),
    itemsSeen: (label, listPattern) => [...(items.get(`${label} ${listPattern}`) ?? [])].sort(),
    objectSeen: (label, pattern) => examples.get(`${label} ${pattern}`),
  };
}

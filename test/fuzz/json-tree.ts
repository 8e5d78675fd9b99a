/**
 * Walking and editing parsed JSON by path, for the fuzzer: each edit returns a changed copy and
 * leaves the recorded Graph answer it started from untouched (baselines are shared between runs).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = ReadonlyArray<string | number>;

export const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The children of a node, in a stable order: array indices, or object keys as stored. */
export function childrenOf(v: Json): Array<string | number> {
  if (Array.isArray(v)) return v.map((_, i) => i);
  if (isObject(v)) return Object.keys(v);
  return [];
}

export function childAt(v: Json, step: string | number): Json | undefined {
  if (Array.isArray(v) && typeof step === 'number') return v[step];
  if (isObject(v) && typeof step === 'string') return Object.hasOwn(v, step) ? v[step] : undefined;
  return undefined;
}

export function valueAt(root: Json, path: JsonPath): Json | undefined {
  let v: Json | undefined = root;
  for (const step of path) {
    if (v === undefined) return undefined;
    v = childAt(v, step);
  }
  return v;
}

/**
 * A copy of `root` with the node at `path` replaced by what `edit` makes of its parent and step:
 * only the nodes on the path are copied, so big answers stay cheap to mutate.
 */
export function editAt(
  root: Json,
  path: JsonPath,
  edit: (parent: Json[] | Record<string, Json>, step: string | number) => void,
): Json {
  if (path.length === 0) throw new Error('editAt needs a non-empty path; replace the root directly');
  const copy = (v: Json): Json[] | Record<string, Json> => (Array.isArray(v) ? [...v] : { ...(v as object) });
  const top = copy(root);
  let parent = top;
  for (const step of path.slice(0, -1)) {
    const child = copy(childAt(parent, step) as Json);
    (parent as Record<string | number, Json>)[step] = child;
    parent = child;
  }
  edit(parent, path[path.length - 1]!);
  return top;
}

/** `a.b[2].c` for people; array indices in brackets. */
export function showPath(path: JsonPath): string {
  if (path.length === 0) return '(the whole answer)';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** The path with array indices as `*`: one pattern for every item of a list. */
export function patternOf(path: JsonPath): string {
  return path.map((s) => (typeof s === 'number' ? '[*]' : `.${s}`)).join('');
}

/** Every node's path below `root` (the root included), depth first. */
export function* walk(root: Json, path: Array<string | number> = []): Generator<[JsonPath, Json]> {
  yield [path, root];
  for (const step of childrenOf(root)) yield* walk(childAt(root, step)!, [...path, step]);
}

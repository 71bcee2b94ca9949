// Field positions inside Google's nested-array data blocks, kept as data with fallbacks.

/** A position inside nested arrays, e.g. `[51, 0, 1]`. */
export type Path = readonly number[];

/**
 * The value at `path`, or undefined. Google sometimes packs the tail of a long array into one
 * trailing object keyed by 1-based position (`[title, {"69": developer, "100": policy}]`), so an
 * index missing from an array is also looked up there.
 */
export function valueAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const index of path) {
    if (!Array.isArray(node)) return undefined;
    let next: unknown = index < node.length ? node[index] : undefined;
    if (next === undefined || next === null) {
      const tail: unknown = node[node.length - 1];
      if (typeof tail === 'object' && tail !== null && !Array.isArray(tail)) {
        const packed = (tail as Record<string, unknown>)[String(index + 1)];
        if (packed !== undefined) next = packed;
      }
    }
    node = next;
  }
  return node;
}

/** The first value, over `paths` in order, that `read` accepts. */
export function firstAt<T>(root: unknown, paths: readonly Path[], read: (value: unknown) => T | undefined): T | undefined {
  for (const path of paths) {
    const value = read(valueAt(root, path));
    if (value !== undefined) return value;
  }
  return undefined;
}

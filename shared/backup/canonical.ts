// Canonical JSON (object keys sorted at every level) at any depth, and the nesting limit of a
// backup's values (issue 11, finding 8: a 20,000-deep value overflowed the recursive writer's
// stack). Deep values are walked with an explicit stack, so no input can exhaust the call stack.

/**
 * JSON with object keys sorted at every level (undefined members dropped, as JSON does): the
 * same data always hashes the same. Byte for byte what the recursive writer it replaces gave.
 * The usual shallow data is written recursively (twice as fast); below RECURSION_LIMIT levels a
 * subtree is written with an explicit stack, so no depth can exhaust the call stack.
 */
export function canonicalJson(value: unknown): string {
  return writeShallow(value, 0);
}

const RECURSION_LIMIT = 200;

function sortedEntries(v: object): [string, unknown][] {
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function writeShallow(v: unknown, depth: number): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (depth >= RECURSION_LIMIT) return writeDeep(v);
  if (Array.isArray(v)) return `[${v.map((x) => writeShallow(x, depth + 1)).join(',')}]`;
  return `{${sortedEntries(v)
    .map(([k, x]) => `${JSON.stringify(k)}:${writeShallow(x, depth + 1)}`)
    .join(',')}}`;
}

function writeDeep(value: unknown): string {
  const out: string[] = [];
  // Work items: a value still to write, or literal text (brackets, commas, keys).
  const work: ({ text: string } | { value: unknown })[] = [{ value }];
  while (work.length > 0) {
    const item = work.pop()!;
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const v = item.value;
    if (v === null || typeof v !== 'object') {
      out.push(JSON.stringify(v) ?? 'null');
    } else if (Array.isArray(v)) {
      out.push('[');
      work.push({ text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        work.push({ value: v[i] });
        if (i > 0) work.push({ text: ',' });
      }
    } else {
      const entries = sortedEntries(v);
      out.push('{');
      work.push({ text: '}' });
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, x] = entries[i]!;
        work.push({ value: x });
        work.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
      }
    }
  }
  return out.join('');
}

/**
 * How deep a backup's values may nest. The app's own rows nest about a dozen levels (a month
 * close's payroll inside an audit entry); anything far deeper is not ours, and refusing it keeps
 * every later reader (JSON.stringify, structured clone) safe.
 */
export const MAX_NESTING = 64;

/** The path of the first value nested deeper than `limit` levels, or null when none is. */
export function tooDeepAt(value: unknown, limit = MAX_NESTING): (string | number)[] | null {
  // Each node knows its parent and key, so a path is built only for the one refused.
  interface Node {
    value: unknown;
    depth: number;
    key: string | number;
    parent: Node | null;
  }
  const stack: Node[] = [{ value, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.value;
    if (v === null || typeof v !== 'object') continue;
    if (node.depth >= limit) {
      const path: (string | number)[] = [];
      for (let n: Node | null = node; n?.parent; n = n.parent) path.unshift(n.key);
      return path;
    }
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v as Record<string, unknown>);
    for (const [key, x] of entries)
      if (x !== null && typeof x === 'object')
        stack.push({ value: x, depth: node.depth + 1, key, parent: node });
  }
  return null;
}

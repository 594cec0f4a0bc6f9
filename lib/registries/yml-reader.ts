// A small reader over a parsed YAML document that records problems with their line and column,
// so registry.yml import can report every mistake at once and never throw.
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';

/** One problem in an imported file. Lines and columns are 1-based. */
export interface YmlProblem {
  line?: number;
  column?: number;
  /** Dotted key path in the file ("replication_locations.1.storage_config"). */
  path?: string;
  message: string;
}

/** Stop collecting after this many problems: a garbage file should not produce thousands. */
const MAX_PROBLEMS = 50;

/** A key of a mapping, with its value node (null for `key:` with nothing after it). */
export interface YmlEntry {
  key: string;
  keyNode: Node;
  value: Node | null;
  path: string;
}

// What a node is, in words a person reading the message understands.
function describe(node: Node | null): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'empty';
  if (isMap(node)) return 'a mapping (key: value lines)';
  if (isSeq(node)) return 'a list';
  if (isScalar(node) && typeof node.value === 'boolean') return `true/false (${String(node.value)})`;
  if (isScalar(node) && typeof node.value === 'number') return `a number (${String(node.value)})`;
  return 'text';
}

/** Walks a YAML document, collecting errors and warnings with positions. */
export class YmlReader {
  readonly errors: YmlProblem[] = [];
  readonly warnings: string[] = [];

  constructor(private readonly lines: LineCounter) {}

  /** Line and column of a node's start. */
  position(node: Node | null | undefined): { line?: number; column?: number } {
    if (!node?.range) return {};
    const { line, col } = this.lines.linePos(node.range[0]);
    return { line, column: col };
  }

  /** Records an error at a node. */
  error(node: Node | null | undefined, path: string, message: string): void {
    if (this.errors.length < MAX_PROBLEMS) this.errors.push({ ...this.position(node), path: path || undefined, message });
  }

  /** Records a warning, prefixed with its line when known. */
  warn(node: Node | null | undefined, message: string): void {
    const { line } = this.position(node);
    this.warnings.push(line === undefined ? message : `Line ${line}: ${message}`);
  }

  // Aliases (`*name`) would let a small file expand into a huge one; registry.yml never needs them.
  private plain(node: Node | null, path: string): Node | null | undefined {
    if (isAlias(node)) {
      this.error(node, path, `${path}: aliases (*${node.source}) are not supported in registry.yml; write the value out.`);
      return undefined;
    }
    return node;
  }

  /** The entries of a mapping, refusing keys outside `allowed` (with the list of keys that are allowed). */
  entries(node: Node | null, path: string, allowed: readonly string[], what: string): Map<string, YmlEntry> | null {
    const map = this.plain(node, path);
    if (map === undefined) return null;
    if (!isMap(map)) {
      this.error(map, path, `${path || 'The file'} must be a mapping (key: value lines), not ${describe(map)}.`);
      return null;
    }
    const result = new Map<string, YmlEntry>();
    for (const pair of (map as YAMLMap<unknown, unknown>).items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) && keyNode.value !== null ? String(keyNode.source ?? keyNode.value) : null;
      const entryPath = path ? `${path}.${key}` : String(key);
      if (key === null) {
        this.error(keyNode, path, `${path || 'The file'} has a key that is not plain text.`);
      } else if (!allowed.includes(key)) {
        this.error(keyNode, entryPath, `Unknown key "${key}" in ${what}. Allowed keys: ${allowed.join(', ')}.`);
      } else {
        result.set(key, { key, keyNode, value: (pair.value as Node | null) ?? null, path: entryPath });
      }
    }
    return result;
  }

  /** A text value; numbers and booleans written plainly are read as the text they were written as. */
  text(entry: YmlEntry | undefined): string | undefined {
    if (!entry) return undefined;
    const node = this.plain(entry.value, entry.path);
    if (node === undefined) return undefined;
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
      return typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
    }
    this.error(node ?? entry.keyNode, entry.path, `${entry.path} must be text, not ${describe(node)}.`);
    return undefined;
  }

  /** A true/false value. */
  bool(entry: YmlEntry | undefined): boolean | undefined {
    if (!entry) return undefined;
    const node = this.plain(entry.value, entry.path);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node ?? entry.keyNode, entry.path, `${entry.path} must be true or false, not ${describe(node)}.`);
    return undefined;
  }

  /** A whole number of at least `min`. */
  integer(entry: YmlEntry | undefined, min: number): number | undefined {
    if (!entry) return undefined;
    const node = this.plain(entry.value, entry.path);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min) {
      return node.value;
    }
    this.error(node ?? entry.keyNode, entry.path, `${entry.path} must be a whole number of at least ${min}, not ${describe(node)}.`);
    return undefined;
  }

  /** The items of a list. */
  list(entry: YmlEntry | undefined): { node: Node | null; path: string }[] | undefined {
    if (!entry) return undefined;
    const node = this.plain(entry.value, entry.path);
    if (node === undefined) return undefined;
    if (isSeq(node)) return node.items.map((item, i) => ({ node: (item as Node | null) ?? null, path: `${entry.path}.${i}` }));
    this.error(node ?? entry.keyNode, entry.path, `${entry.path} must be a list ("- item" lines), not ${describe(node)}.`);
    return undefined;
  }

  /** Reports a key the format requires but the mapping lacks, at the mapping's start. */
  require(entries: Map<string, YmlEntry>, key: string, at: Node | null, path: string, why = ''): YmlEntry | undefined {
    const entry = entries.get(key);
    if (!entry) this.error(at, path ? `${path}.${key}` : key, `${path ? `${path}: ` : ''}"${key}" is required${why}.`);
    return entry;
  }
}

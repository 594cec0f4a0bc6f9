// Griffel's renderer for one server render: the same stylesheets and <style> elements as createDOMRenderer
// without a document, for less work per rule. A /registries page inserts ~700 rules, and for each one
// createDOMRenderer wraps a plain rule in a new array, builds its stylesheet's key as a new string, and keeps
// the rules seen in a plain object keyed by their whole text. Here a plain rule's stylesheet is found by its
// bucket's one-letter name, a rule with a media, container or priority by those, and the rules seen are a Set.
import type { GriffelRenderer } from '@fluentui/react-components';

type CSSRulesByBucket = Parameters<GriffelRenderer['insertCSSRules']>[0];
type BucketName = keyof CSSRulesByBucket;
type StyleSheet = GriffelRenderer['stylesheets'][string];

// Griffel's element attributes and key rule (getStyleSheetForBucket.ts), which renderToStyleElements and the
// browser's rehydration read back.
const BUCKET_ATTR = 'data-make-styles-bucket';
const PRIORITY_ATTR = 'data-priority';
const CONTAINER_ATTR = 'data-container';

// The key of a bucket's stylesheet for rules without metadata (media '0', priority 0), made once.
const PLAIN_KEYS: Record<string, string> = Object.fromEntries(
  ['r', 'd', 'l', 'v', 'w', 'f', 'i', 'h', 'a', 's', 'k', 't', 'm', 'c', 'x'].map((bucket) => [bucket, bucket === 'm' || bucket === 'x' ? `${bucket}00` : `${bucket}0`]),
);

// Griffel's own releases tell renderers apart by id (patches/ keys that on the renderer itself): one each.
let rendered = 0;

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A renderer for one server request; `attributes` go on every <style> element it makes. */
export function serverStyleRenderer(attributes?: Readonly<Record<string, string>>): GriffelRenderer {
  const seen = new Set<string>();
  const stylesheets: GriffelRenderer['stylesheets'] = {};

  function sheet(bucket: BucketName, key: string, extra: Record<string, string> | null, priority: number): StyleSheet {
    const existing = stylesheets[key];
    if (existing) return existing;
    const rules: string[] = [];
    const elementAttributes: Record<string, string> = { ...attributes, ...extra, [BUCKET_ATTR]: bucket, [PRIORITY_ATTR]: String(priority) };
    const created: StyleSheet = {
      elementAttributes,
      element: undefined,
      bucketName: bucket,
      insertRule: (rule: string) => rules.push(rule),
      cssRules: () => rules,
    };
    stylesheets[key] = created;
    return created;
  }

  // A rule with metadata: `m` (its @media), `x` (its @container), `p` (its priority, default 0).
  function sheetWithMetadata(bucket: BucketName, metadata: Record<string, unknown>): StyleSheet {
    const media = metadata.m as string | undefined;
    const container = metadata.x as string | undefined;
    const priority = (metadata.p as number | undefined) ?? 0;
    const key = bucket === 'm' || bucket === 'x' ? `${bucket}${container ?? media ?? '0'}${priority}` : `${bucket}${priority}`;
    const extra: Record<string, string> = {};
    if (bucket === 'm' && media !== undefined) extra.media = media;
    if (bucket === 'x' && container !== undefined) extra[CONTAINER_ATTR] = container;
    return sheet(bucket, key, extra, priority);
  }

  return {
    id: `server-${rendered++}`,
    insertionCache: {},
    stylesheets,
    styleElementAttributes: attributes ? Object.freeze({ ...attributes }) : undefined,
    compareMediaQueries: byText,
    compareContainerQueries: byText,
    insertCSSRules(cssRules: CSSRulesByBucket) {
      for (const bucket in cssRules) {
        const entries = cssRules[bucket as BucketName]!;
        for (let i = 0; i < entries.length; i++) {
          const entry = entries[i];
          const rule = typeof entry === 'string' ? entry : entry[0];
          // As Griffel does, a rule's stylesheet exists once one of its rules was offered, even a repeated one.
          const target = typeof entry === 'string' ? sheet(bucket as BucketName, PLAIN_KEYS[bucket], null, 0) : sheetWithMetadata(bucket as BucketName, entry[1]);
          if (seen.has(rule)) continue;
          seen.add(rule);
          target.insertRule(rule);
        }
      }
    },
  };
}

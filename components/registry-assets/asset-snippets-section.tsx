'use client';
// "Use this asset": the version's registry URI, a CLI YAML use and a Python SDK get, each copyable.
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { CodeBlock } from '@/components/registry-page/code-block';
import type { BrowsableAssetKind } from '@/lib/registries/assets/asset-kinds';
import { assetSnippets } from '@/lib/registries/assets/asset-snippets';

const useStyles = makeStyles({ section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 } });

/** The snippets of one version. */
export function AssetSnippetsSection({ registry, kind, name, version }: { registry: string; kind: BrowsableAssetKind; name: string; version: string }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="use-heading">
      <Subtitle2 as="h2" id="use-heading">Use this asset</Subtitle2>
      {assetSnippets(registry, kind, name, version).map((s) => (
        <CodeBlock key={s.label} label={s.label} text={s.text} />
      ))}
    </section>
  );
}

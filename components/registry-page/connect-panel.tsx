'use client';
// The Connect tab: how to use the registry from the CLI, the Python SDK, and in asset ids.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ConnectSnippets } from '@/lib/registries/connect-snippets';
import { CodeBlock } from './code-block';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // The asset id pattern is one unbroken 90-character word: it wraps anywhere rather than widen a phone's page.
  pattern: { overflowWrap: 'anywhere' },
});

/** The snippets, each copyable. */
export function ConnectPanel({ snippets }: { snippets: ConnectSnippets }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1>Use the registry&apos;s assets from any workspace the signed-in identity can reach.</Body1>
      <CodeBlock label="Azure CLI (ml extension)" text={snippets.cli} />
      <CodeBlock label="Python SDK (azure-ai-ml)" text={snippets.python} />
      <CodeBlock label="Asset id prefix" text={snippets.assetIdPrefix} />
      <Body1>
        Asset ids continue as <code className={styles.pattern}>{`${snippets.assetIdPrefix}<models|environments|components|data>/<name>/versions/<version>`}</code>.
      </Body1>
    </div>
  );
}

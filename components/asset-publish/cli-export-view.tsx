'use client';
// The same publish from a terminal: the YAML file this form describes and the `az ml … create` command
// that reads it, kept in step with the form as it is filled in, copyable and downloadable. Downloaded after
// the page is interactive (cli-export-panel.tsx): the schemas and the YAML writer are not first-load code.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { CodeBlock } from '@/components/registry-page/code-block';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { cliExport, publishInputSchema } from '@/lib/registries/assets/publish-input';
import { IncompleteFormNote } from './cli-export-panel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The CLI YAML of `raw` (the form's current input) for `registryName`; `componentYaml` is a component's text as written. */
export function CliExportView({ registryName, raw, componentYaml }: { registryName: string; raw: unknown; componentYaml?: string }) {
  const styles = useStyles();
  const parsed = publishInputSchema.safeParse(raw);
  if (!parsed.success) {
    return <IncompleteFormNote />;
  }
  const exported = cliExport(registryName, parsed.data, componentYaml);
  return (
    <div className={styles.root}>
      <CodeBlock label="Azure CLI command" text={exported.command} />
      <CodeBlock label={exported.fileName} text={exported.yaml} />
      <div>
        <HydratedButton icon={<ArrowDownload20Regular />} onClick={() => downloadText(exported.fileName, exported.yaml)}>
          Download {exported.fileName}
        </HydratedButton>
      </div>
    </div>
  );
}

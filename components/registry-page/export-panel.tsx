'use client';
// The Export tab: registry.yml (CLI and 2022 preview forms) and the ARM template of the registry as it is
// now, each viewable, copyable and downloadable. The wizard's import reads the registry.yml back.
import { Body1, Button, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { CodeBlock } from './code-block';
import type { RegistryExports } from '@/lib/registries/registry-details';
import { EXPORT_FILES, type ExportFile } from '@/lib/registries/export-files';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

function download(file: ExportFile, text: string, registryName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${registryName}.${file.fileName}`;
  link.click();
  URL.revokeObjectURL(url);
}

/** The exports with a switch between files. */
export function ExportPanel({ exports, registryName }: { exports: RegistryExports; registryName: string }) {
  const styles = useStyles();
  const [key, setKey] = useState<ExportFile['key']>('ymlCli');
  const file = EXPORT_FILES.find((f) => f.key === key) ?? EXPORT_FILES[0];
  return (
    <div className={styles.root}>
      <Body1>
        The registry as it is now, without the names and ids Azure assigns. Import registry.yml in the create wizard, run it with{' '}
        <code>az ml registry create -f registry.yml</code>, or deploy the template.
      </Body1>
      <TabList size="small" selectedValue={key} onTabSelect={(_, data) => setKey(data.value as ExportFile['key'])} aria-label="Export format">
        {EXPORT_FILES.map((f) => (
          <Tab key={f.key} value={f.key}>
            {f.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.actions}>
        <Button icon={<ArrowDownload20Regular />} onClick={() => download(file, exports[file.key], registryName)}>
          Download {registryName}.{file.fileName}
        </Button>
      </div>
      <CodeBlock label={file.label} text={exports[file.key]} />
    </div>
  );
}

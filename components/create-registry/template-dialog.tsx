'use client';
// "Download a template for automation": each artifact viewable in a tab, copyable and downloadable.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  makeStyles,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { automationArtifacts, type AutomationArtifact } from './automation-artifacts';

const useStyles = makeStyles({
  surface: { maxWidth: '960px', width: '90vw' },
  code: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    maxHeight: '55vh',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre',
  },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', paddingBlock: tokens.spacingVerticalS },
});

function download(artifact: AutomationArtifact): void {
  const url = URL.createObjectURL(new Blob([artifact.content], { type: artifact.mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = artifact.fileName;
  anchor.click();
  // Let the click start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The link and the dialog it opens; `form` must be valid wizard values. */
export function TemplateDialog({ form }: { form: CreateRegistryForm }) {
  const styles = useStyles();
  const artifacts = useMemo(() => automationArtifacts(form), [form]);
  const [selected, setSelected] = useState(artifacts[0].id);
  const [copied, setCopied] = useState<string | null>(null);
  const artifact = artifacts.find((a) => a.id === selected) ?? artifacts[0];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(artifact.content);
      setCopied(`Copied ${artifact.fileName} to the clipboard.`);
    } catch {
      setCopied('The clipboard is not available here: select the text and copy it.');
    }
  };

  return (
    <Dialog onOpenChange={() => setCopied(null)}>
      <DialogTrigger disableButtonEnhancement>
        <Link as="button">Download a template for automation</Link>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Template for automation</DialogTitle>
          <DialogContent>
            <TabList selectedValue={artifact.id} onTabSelect={(_, d) => { setSelected(String(d.value)); setCopied(null); }}>
              {artifacts.map((a) => (
                <Tab key={a.id} value={a.id}>
                  {a.label}
                </Tab>
              ))}
            </TabList>
            <div className={styles.toolbar}>
              <Button icon={<CopyRegular />} onClick={() => void copy()}>
                Copy
              </Button>
              <Button icon={<ArrowDownloadRegular />} onClick={() => download(artifact)}>
                Download {artifact.fileName}
              </Button>
              <span role="status">{copied}</span>
            </div>
            <pre className={styles.code} tabIndex={0} aria-label={artifact.fileName}>
              {artifact.content}
            </pre>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

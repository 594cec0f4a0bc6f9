'use client';
// The publish form's CLI export (cli-export-view.tsx), downloaded once the page is interactive: it needs
// the publish schemas (zod) and a YAML writer, which nothing else on the page needs before a submit. Until
// it arrives, the panel says what it says for a form not filled in yet, which a page just opened is.
import { Caption1 } from '@fluentui/react-components';
import dynamic from 'next/dynamic';
import { useEffect, useState, type ComponentProps } from 'react';
import type { CliExportView } from './cli-export-view';

/** What the panel shows while the form's input is not complete. */
export function IncompleteFormNote() {
  return <Caption1>Complete the form to see the YAML file and the az ml command that publish the same thing.</Caption1>;
}

const LoadedCliExport = dynamic(() => import('./cli-export-view').then((m) => m.CliExportView), { ssr: false, loading: () => <IncompleteFormNote /> });

// True from the task after this component's first commit: a lazy component rendered while the page hydrates
// would start its download then, competing with the code the page needs to become interactive.
function useAfterHydration(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setAfter(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return after;
}

/** The CLI YAML of `raw` (the form's current input) for `registryName`; `componentYaml` is a component's text as written. */
export function CliExportPanel(props: ComponentProps<typeof CliExportView>) {
  return useAfterHydration() ? <LoadedCliExport {...props} /> : <IncompleteFormNote />;
}

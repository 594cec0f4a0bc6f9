'use client';
// The frame of every publish form: the fields, the footer (progress, failure, submit), and the same publish
// as a CLI YAML file below them. The fields sit in a fieldset disabled until the form has hydrated: text typed
// into the server's HTML before then would be overwritten (or doubled) when React takes the fields over.
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useHydrated } from '@/components/shell/use-hydrated';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '880px', minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // A fieldset only for its `disabled`: none of its browser frame.
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, margin: 0, padding: 0, border: 'none' },
  cli: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Props: the form's label, its submit handler, the fields, the footer and the CLI panel. */
export function PublishFormLayout({ label, onSubmit, children, footer, cli }: { label: string; onSubmit: (e: FormEvent) => void; children: ReactNode; footer: ReactNode; cli: ReactNode }) {
  const styles = useStyles();
  const hydrated = useHydrated();
  return (
    <div className={styles.root}>
      <form className={styles.form} aria-label={label} onSubmit={onSubmit} noValidate>
        <fieldset className={styles.fields} disabled={!hydrated} data-hydrating={hydrated ? undefined : ''}>
          {children}
        </fieldset>
        {footer}
      </form>
      <section className={styles.cli} aria-label="Publish from the Azure CLI">
        <Subtitle2 as="h2">Publish from the Azure CLI</Subtitle2>
        {cli}
      </section>
    </div>
  );
}

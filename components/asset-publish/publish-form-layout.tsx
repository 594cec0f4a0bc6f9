'use client';
// The frame of every publish form: the fields, the footer (progress, failure, submit), and the same publish
// as a CLI YAML file below them.
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '880px', minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  cli: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Props: the form's label, its submit handler, the fields, the footer and the CLI panel. */
export function PublishFormLayout({ label, onSubmit, children, footer, cli }: { label: string; onSubmit: (e: FormEvent) => void; children: ReactNode; footer: ReactNode; cli: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <form className={styles.form} aria-label={label} onSubmit={onSubmit} noValidate>
        {children}
        {footer}
      </form>
      <section className={styles.cli} aria-label="Publish from the Azure CLI">
        <Subtitle2 as="h2">Publish from the Azure CLI</Subtitle2>
        {cli}
      </section>
    </div>
  );
}

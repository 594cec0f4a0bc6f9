'use client';
// A block of copyable text (a CLI command, a Python snippet, a file), labelled, with a copy button.
import { Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { CopyButton } from './copy-button';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    overflowX: 'auto',
    maxHeight: '480px',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre',
  },
});

/** `text` in a monospace block titled `label`, with "Copy {label}". */
export function CodeBlock({ label, text }: { label: string; text: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id}>
      <div className={styles.head}>
        <Caption1Strong id={id}>{label}</Caption1Strong>
        <CopyButton value={text} label={`Copy ${label}`} />
      </div>
      <pre className={styles.pre} tabIndex={0} aria-label={label}>
        {text}
      </pre>
    </section>
  );
}

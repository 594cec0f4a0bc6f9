'use client';
// A two-column list of named values (the Overview), each optionally copyable and monospace.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

/** One row: a name, what is shown, and the raw text the copy button copies (none: not copyable). */
export interface PropertyRow {
  name: string;
  value: ReactNode;
  copy?: string | null;
  mono?: boolean;
}

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, max-content) 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    // On a phone a name column leaves ids and URLs a third of the width: each name goes above its value.
    '@media (max-width: 599px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  },
  term: { color: tokens.colorNeutralForeground2, '@media (max-width: 599px)': { paddingTop: tokens.spacingVerticalS } },
  value: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** The rows as a description list. */
export function PropertyList({ rows, label }: { rows: readonly PropertyRow[]; label: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {rows.map((row) => (
        <div key={row.name} style={{ display: 'contents' }}>
          <dt className={styles.term}>{row.name}</dt>
          <dd className={styles.value}>
            <span className={row.mono ? styles.mono : undefined}>{row.value ?? '—'}</span>
            {row.copy ? <CopyButton value={row.copy} label={`Copy ${row.name.toLowerCase()}`} /> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
